/**
 * The app's component layer over Designsystemet. Import components from here, never from
 * '@digdir/designsystemet-react' directly, so that no Norwegian default text reaches a page.
 * Components without default text are re-exported unchanged.
 */
export { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
export { AppLink } from './AppLink';
export { Dialog } from './Dialog';
export { ErrorSummaryBox, type SummaryItem } from './ErrorSummaryBox';
export { Search, SearchButton, SearchClear, SearchInput } from './Search';
export { SelectField } from './SelectField';
export { MAIN_ID, SkipLink } from './SkipLink';
export { Pagination } from './Pagination';
export { PrintButton } from './PrintButton';
export { Spinner } from './Spinner';
export { TextField } from './TextField';
export { FileField } from './FileField';
export { Checkbox } from '@digdir/designsystemet-react';
export { CheckboxGroup } from './CheckboxGroup';
export { RadioGroup } from './RadioGroup';
export { TextAreaField } from './TextAreaField';
