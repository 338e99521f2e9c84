import type { errors as fi } from '../fi/errors.ts';

export const errors: Record<keyof typeof fi, string> = {
  'errors.validation_failed': 'Uppgifterna innehåller fel. Rätta de markerade fälten.',
  'errors.malformed_json': 'Begärans innehåll är inte giltig JSON.',
  'errors.payload_too_large': 'Begäran är för stor.',
  'errors.unsupported_media_type': 'Begärans innehållstyp stöds inte.',
  'errors.not_found': 'Sidan eller objektet hittades inte.',
  'errors.unauthenticated': 'Logga in för att fortsätta.',
  'errors.forbidden': 'Du har inte rätt att göra detta.',
  'errors.csrf_failed': 'Sessionskontrollen misslyckades. Ladda om sidan och försök igen.',
  'errors.invalid_credentials': 'E-postadressen eller lösenordet är fel.',
  'errors.password_login_off': 'Här loggar man in endast via organisationens identifieringstjänst.',
  'errors.sign_in_failed':
    'Inloggningen via identifieringstjänsten lyckades inte. Börja logga in på nytt.',
  'errors.too_many_attempts':
    'För många inloggningsförsök. Försök igen om {minutes, plural, one {# min} other {# min}}.',
  'errors.password_too_short':
    'Lösenordet måste ha minst {min, plural, one {# tecken} other {# tecken}}.',
  'errors.password_too_long':
    'Lösenordet får ha högst {max, plural, one {# tecken} other {# tecken}}.',
  'errors.password_too_common': 'Lösenordet är för vanligt. Välj ett ovanligare lösenord.',
  'errors.wrong_current_password': 'Det nuvarande lösenordet är fel.',
  'errors.invitation_invalid':
    'Inbjudan är inte giltig. Be organisationens huvudanvändare om en ny inbjudan.',
  'errors.invitation_requires_login':
    'Du har redan ett konto med den här e-postadressen. Logga in för att godkänna inbjudan.',
  'errors.invitation_email_mismatch': 'Inbjudan har skickats till en annan e-postadress.',
  'errors.already_member': 'Personen är redan medlem i organisationen.',
  'errors.last_admin': 'Organisationen måste ha minst en huvudanvändare.',
  'errors.not_org_member': 'Personen är inte medlem i organisationen.',
  'errors.project_archived': 'Projektet är arkiverat. Återställ det innan du redigerar.',
  'errors.consent_not_valid':
    'Deltagarens samtycke har återkallats eller gått ut. Nytt material kan inte kopplas till deltagaren.',
  'errors.evidence_withdrawn':
    'En del av den valda evidensen har raderats på deltagarens begäran och kan inte längre hänvisas till.',
  'errors.csv_field_count':
    'Rad {line}: raden har {actual, plural, one {# fält} other {# fält}}, rubrikraden {expected, number}.',
  'errors.csv_unterminated_quote': 'Rad {line}: ett fält som börjar med citattecken avslutas inte.',
  'errors.csv_stray_quote':
    'Rad {line}: ett citattecken står på fel ställe. Ett fält med citattecken ska skrivas inom citattecken.',
  'errors.csv_empty': 'Filen är tom eller saknar rubrikrad.',
  'errors.csv_too_large': 'Rad {line}: filen eller raden är för stor.',
  'errors.csv_encoding':
    'Rad {line}: filens teckenkodning känns inte igen. Spara filen i UTF-8 och försök igen.',
  'errors.csv_nul_character':
    'Rad {line}: raden innehåller ett NUL-tecken som inte kan sparas. Kontrollera att filen är text (UTF-8 eller Windows-1252) och försök igen.',
  'errors.csv_value_too_long':
    'Rad {line}: värdet i kolumnen ”{column}” är för långt (högst {max, plural, one {# tecken} other {# tecken}}).',
  'errors.import_columns_mismatch':
    'Välj hur varje kolumn i filen ska användas ({expected, plural, one {# kolumn} other {# kolumner}}).',
  'errors.import_expired':
    'Filen som ska importeras har gått ut eller redan importerats. Ladda upp filen igen.',
  'errors.import_failed':
    'Importen avbröts av ett fel och ingenting sparades. Försök importera filen igen.',
  'errors.import_finished': 'Importen är redan klar eller avbruten.',
  'errors.note_changed':
    'Anteckningen har ändrats under tiden. Ladda om den för att se ändringarna och gör sedan din redigering.',
  'errors.next_version_started':
    'Nästa version av den här versionen har redan påbörjats eller frysts. Öppna konceptets historik för att se den.',
  'errors.test_round_has_form':
    'Den här testomgången har redan ett responsformulär. Öppna det från omgångens sida.',
  'errors.findings_missing':
    'Registrera resultatet för minst en hypotes innan du påbörjar nästa version.',
  'errors.answered_form_change':
    'Formuläret har redan besvarats, så ändringen kan inte sparas. Det som inte kan ändras är markerat vid fälten.',
  'errors.edit_conflict':
    'Någon annan sparade det här under tiden. Hämta den senaste versionen eller jämför den med dina ändringar.',
  'errors.voting_round_closed':
    'Omröstningsrundan är redan stängd, så dess poäng kan inte längre ändras.',
  'errors.vote_budget_spent':
    'Du har redan använt alla dina poäng ({budget, plural, one {# poäng} other {# poäng}}). Ta bort en poäng från en idé om du vill ge den till en annan.',
  'errors.vote_stacking_not_allowed':
    'I den här rundan kan en idé få bara en poäng av samma person.',
  'errors.idea_not_in_round': 'Idén hör inte till idéerna i den här omröstningsrundan.',
  'errors.idea_not_picked':
    'Ett koncept utvecklas av en vald idé. Välj idén för vidareutveckling först.',
  'errors.sketch_type_unsupported': 'Skissen ska vara en PNG-, JPEG- eller WebP-bild.',
  'errors.conflict': 'Uppgiften har ändrats eller finns redan. Ladda om sidan.',
  'errors.theme_suggestions_busy':
    'Temaförslag beräknas just nu för andra tavlor. Försök igen om en stund.',
  'errors.internal': 'Något gick fel. Försök igen om en stund.',
  'validation.required': 'En obligatorisk uppgift saknas.',
  'validation.invalid_type': 'Värdet är av fel typ.',
  'validation.too_short': 'Värdet är för kort.',
  'validation.too_long': 'Värdet är för långt (högst {max}).',
  'validation.too_small': 'Värdet är för litet.',
  'validation.too_big': 'Värdet är för stort (högst {max}).',
  'validation.invalid_email': 'Ange en giltig e-postadress.',
  'validation.invalid_format': 'Värdet har fel format.',
  'validation.invalid_value': 'Värdet är inte tillåtet.',
  'validation.unrecognized_keys': 'Okänt fält: {keys}.',
  'validation.invalid': 'Värdet är ogiltigt.',
  'validation.unstorable_text':
    'Texten innehåller ett tecken som inte kan sparas (ett NUL-tecken eller ett ensamt UTF-16-surrogat).',
  'validation.too_deep': 'Strukturen är för djup (högst {max} nivåer i varandra).',
  'validation.too_many_nodes': 'Innehållet har för många delar (högst {max}).',
  'validation.missing_translation': 'Skriv texten på vart och ett av formulärets språk.',
  'validation.closes_before_opens': 'Stängningstiden måste vara efter öppningstiden.',
  'validation.max_below_min': 'Den övre gränsen kan inte vara mindre än den nedre.',
  'validation.no_body': 'Den här begäran tar inget innehåll.',
  'validation.alt_text_missing':
    'Skriv ett textalternativ för bilden eller markera den som dekorativ.',
  'errors.image_type_unsupported': 'Bilden måste vara en PNG-, JPEG- eller WebP-bild.',
  'errors.exercise_checks_itself':
    'Den här uppgiften uppfylls av uppgifterna i ditt övningsprojekt och markeras inte som klar för hand.',
};
