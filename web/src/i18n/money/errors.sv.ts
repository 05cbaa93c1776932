/**
 * Swedish texts for the field error codes of docs/money-api.md that need more than the generic
 * "Ange …" / "… har ett ogiltigt värde": keyed `<field>.<code>`, numeric field parts written `*`.
 */
export const moneyErrorsSv = {
  'partyKind.duplicate_party': 'Förbundet har redan en medlem av den typen. Försäkringskassan och Arbetsförmedlingen kan bara vara medlem en gång.',
  'partyKind.cannot_give_notice': 'Försäkringskassan och Arbetsförmedlingen kan inte säga upp sitt medlemskap.',
  'kommuner.*.code.unknown': 'Kommunkoden finns inte bland installationens kommuner (SCB:s referensdata). Kontrollera koden, eller läs in referensdata.',
  'region.code.unknown': 'Länskoden finns inte bland installationens regioner (SCB:s referensdata). Kontrollera koden, eller läs in referensdata.',
  'kommuner.required': 'Ange minst en medlemskommun.',
  'code.unknown': 'Koden finns inte i referensdata. Ange en länskod (2 siffror) för en region eller en kommunkod (4 siffror) för en kommun.',
  'code.duplicate': 'Det finns redan en medlem med den koden.',
  'joinedOn.before_formed': 'Inträdet kan inte vara före förbundets bildande.',
  'givenOn.before_joined': 'Uppsägningen kan inte vara före medlemmens inträde.',
  'notice.already_given': 'Medlemmen har redan sagt upp sitt medlemskap.',
  'notice.none': 'Medlemmen har ingen uppsägning att återkalla.',
  'memberId.unknown': 'Välj en part som är medlem i förbundet.',
  'validTo.before_from': 'Sista giltighetsdagen kan inte vara före den första.',
  'signedOn.after_from': 'Avtalet ska vara undertecknat senast den dag det börjar gälla.',
  'signedOn.future': 'Undertecknandet kan inte vara i framtiden.',
  'charter.missing': 'Det finns ingen förbundsordning som gäller vid den tidpunkten.',
  'revokedOn.before_notice': 'Återkallelsen kan inte vara före uppsägningen.',
  'revokedOn.after_end': 'Återkallelsen kan inte vara efter att medlemskapet har upphört.',
  'noticeOn.before_joined': 'Datumet kan inte vara före medlemmens inträde.',
  'effectiveFrom.duplicate': 'Det finns redan en förbundsordning som gäller från det datumet.',
  'notice.years.out_of_range': 'Uppsägningstiden ska vara 1, 2 eller 3 år.',
  'boardSeats.unknown_member': 'Platsfördelningen nämner en medlem som inte finns i förbundet.',
  'boardSeats.invalid': 'Platsfördelningen i styrelsen är ogiltig.',
  'members.missing_fk': 'Försäkringskassan är inte medlem det året.',
  'members.missing_region': 'Ingen region är medlem det året.',
  'members.missing_kommun': 'Ingen kommun är medlem det året.',
  'keyInputs.*.percentBp.required': 'Ange procentandelen för varje medlem.',
  'keyInputs.shares_not_100': 'Procentandelarna ska tillsammans bli 100 %.',
  'keyInputs.amounts_not_quarter': 'Beloppen ska tillsammans bli kommunernas fjärdedel av budgeten.',
  'keyInputs.*.member_not_in_year': 'Medlemmen är inte medlem det året.',
  'keyInputs.*.sicknessRate.required': 'Ange ohälsotalet för varje kommun.',
  'keyInputs.*.sicknessRate.invalid': 'Ohälsotalet ska vara ett tal med högst två decimaler, till exempel 27,3.',
  'population.*.missing': 'Befolkningsuppgift saknas för referensåret.',
  'paidOn.before_invoiced': 'Betaldatum kan inte vara före fakturadatum.',
  'paidOn.future': 'Betaldatum kan inte vara i framtiden: registrera betalningen när pengarna har kommit.',
  'dueOn.before_invoiced': 'Förfallodagen kan inte vara före fakturadatum.',
  'paidOre.not_below_amount': 'Inbetalt belopp är hela avgiften: välj status Betald i stället.',
  'paidOre.not_amount': 'En betald avgift är betald i sin helhet.',
  'paidOre.not_allowed': 'En avgift som inte är fakturerad har inget inbetalt belopp.',
  'paidOre.negative': 'Inbetalt belopp kan inte vara negativt.',
  'reopenReason.required': 'Skriv varför året öppnas igen, till exempel beslutet om ändrad budget.',
  'baseOre.too_large': 'Grundbeloppet gånger antalet förbund är större än den statliga potten.',
  'associations.empty': 'Lägg till minst ett förbund.',
  'maxDecreaseBp.out_of_range': 'Största minskning ska vara mellan 0 och 100 %.',
  'supportWeightBp.out_of_range': 'Vikten ska vara mellan 0 och 100 %.',
};

/** Problems without a field (409, 404 …) specific to members and money. */
export const moneyProblemsSv = {
  version_conflict: 'Någon annan har ändrat uppgifterna under tiden. Vi har hämtat de aktuella uppgifterna – gör om din ändring.',
  org_number_taken: 'Det finns redan ett förbund med det organisationsnumret.',
  year_closed: 'Året är stängt eftersom avgifter har fakturerats. Öppna året igen med ett skäl för att ändra budgeten.',
};

export const membershipIssuesSv = {
  missing_fk: 'Försäkringskassan är inte medlem.',
  missing_af: 'Arbetsförmedlingen är inte medlem.',
  missing_region: 'Ingen region är medlem.',
  missing_kommun: 'Ingen kommun är medlem.',
};
