/** ECharts ships its locale objects without types. */
declare module 'echarts/lib/i18n/langSV.js' {
  const locale: object;
  export default locale;
}
