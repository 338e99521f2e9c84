export const errors = {
  'errors.validation_failed': 'Tiedoissa on virheitä. Korjaa merkityt kentät.',
  'errors.malformed_json': 'Pyynnön sisältö ei ole kelvollista JSONia.',
  'errors.payload_too_large': 'Pyyntö on liian suuri.',
  'errors.unsupported_media_type': 'Pyynnön sisältötyyppiä ei tueta.',
  'errors.not_found': 'Sivua tai kohdetta ei löytynyt.',
  'errors.unauthenticated': 'Kirjaudu sisään jatkaaksesi.',
  'errors.forbidden': 'Sinulla ei ole oikeutta tähän toimintoon.',
  'errors.csrf_failed': 'Istunnon tarkistus epäonnistui. Lataa sivu uudelleen ja yritä uudestaan.',
  'errors.invalid_credentials': 'Sähköpostiosoite tai salasana on väärin.',
  'errors.password_login_off':
    'Tähän palveluun kirjaudutaan vain organisaation tunnistuspalvelun kautta.',
  'errors.sign_in_failed':
    'Kirjautuminen tunnistuspalvelun kautta ei onnistunut. Aloita kirjautuminen uudelleen.',
  'errors.too_many_attempts':
    'Liian monta kirjautumisyritystä. Yritä uudelleen {minutes, plural, one {# minuutin} other {# minuutin}} kuluttua.',
  'errors.password_too_short':
    'Salasanassa pitää olla vähintään {min, plural, one {# merkki} other {# merkkiä}}.',
  'errors.password_too_long':
    'Salasanassa voi olla enintään {max, plural, one {# merkki} other {# merkkiä}}.',
  'errors.password_too_common': 'Salasana on liian yleinen. Valitse harvinaisempi salasana.',
  'errors.wrong_current_password': 'Nykyinen salasana on väärin.',
  'errors.invitation_invalid':
    'Kutsu ei ole voimassa. Pyydä organisaatiosi pääkäyttäjältä uusi kutsu.',
  'errors.invitation_requires_login':
    'Sinulla on jo tunnus tällä sähköpostiosoitteella. Kirjaudu sisään hyväksyäksesi kutsun.',
  'errors.invitation_email_mismatch': 'Kutsu on lähetetty toiseen sähköpostiosoitteeseen.',
  'errors.already_member': 'Henkilö on jo organisaation jäsen.',
  'errors.last_admin': 'Organisaatiolla pitää olla ainakin yksi pääkäyttäjä.',
  'errors.not_org_member': 'Henkilö ei ole organisaation jäsen.',
  'errors.project_archived': 'Projekti on arkistoitu. Palauta se ennen muokkaamista.',
  'errors.consent_not_valid':
    'Osallistujan suostumus on peruttu tai vanhentunut. Uutta aineistoa ei voi liittää häneen.',
  'errors.evidence_withdrawn':
    'Osa valitusta evidenssistä on poistettu osallistujan pyynnöstä, eikä siihen voi enää viitata.',
  'errors.csv_field_count':
    'Rivi {line}: rivillä on {actual, plural, one {# kenttä} other {# kenttää}}, otsikkorivillä {expected, number}.',
  'errors.csv_unterminated_quote': 'Rivi {line}: lainausmerkillä alkavaa kenttää ei suljeta.',
  'errors.csv_stray_quote':
    'Rivi {line}: lainausmerkki on väärässä kohdassa. Lainausmerkkejä sisältävä kenttä pitää kirjoittaa lainausmerkkeihin.',
  'errors.csv_empty': 'Tiedosto on tyhjä tai siitä puuttuu otsikkorivi.',
  'errors.csv_too_large': 'Rivi {line}: tiedosto tai rivi on liian suuri.',
  'errors.csv_encoding':
    'Rivi {line}: tiedoston merkistöä ei tunnistettu. Tallenna tiedosto UTF-8-muodossa ja yritä uudelleen.',
  'errors.csv_nul_character':
    'Rivi {line}: rivillä on NUL-merkki, jota ei voi tallentaa. Tarkista, että tiedosto on tekstiä (UTF-8 tai Windows-1252), ja yritä uudelleen.',
  'errors.csv_value_too_long':
    'Rivi {line}: sarakkeen ”{column}” arvo on liian pitkä (enintään {max, plural, one {# merkki} other {# merkkiä}}).',
  'errors.import_columns_mismatch':
    'Jokaiselle tiedoston sarakkeelle pitää valita käyttötapa ({expected, plural, one {# sarake} other {# saraketta}}).',
  'errors.import_expired':
    'Tuotava tiedosto on vanhentunut tai jo tuotu. Lataa tiedosto uudelleen.',
  'errors.import_failed':
    'Tuonti keskeytyi virheeseen, eikä mitään tallennettu. Yritä tuoda tiedosto uudelleen.',
  'errors.import_finished': 'Tuonti on jo valmis tai peruttu.',
  'errors.note_changed':
    'Muistiinpanoa on muutettu sillä välin. Lataa se uudelleen, niin näet muutokset, ja tee muokkauksesi sitten.',
  'errors.next_version_started':
    'Tämän version seuraava versio on jo aloitettu tai jäädytetty. Avaa käsitteen historia nähdäksesi sen.',
  'errors.test_round_has_form':
    'Tällä testauskierroksella on jo palautelomake. Avaa se kierroksen sivulta.',
  'errors.findings_missing':
    'Kirjaa ainakin yhden hypoteesin tulos ennen kuin aloitat seuraavan version.',
  'errors.answered_form_change':
    'Lomakkeeseen on jo vastattu, joten muutosta ei voi tallentaa. Kenttiin on merkitty, mikä ei voi muuttua.',
  'errors.edit_conflict':
    'Joku muu tallensi tämän sillä välin. Lataa uusin versio tai vertaa sitä omiin muutoksiisi.',
  'errors.voting_round_closed':
    'Äänestyskierros on jo suljettu, joten sen pisteitä ei voi enää muuttaa.',
  'errors.vote_budget_spent':
    'Olet jo käyttänyt kaikki pisteesi ({budget, plural, one {# piste} other {# pistettä}}). Poista piste jostain ideasta, jos haluat antaa sen toiselle.',
  'errors.vote_stacking_not_allowed':
    'Tällä kierroksella samalle idealle voi antaa vain yhden pisteen.',
  'errors.idea_not_in_round': 'Idea ei kuulu tämän äänestyskierroksen ideoihin.',
  'errors.idea_not_picked':
    'Konseptiksi kehitetään valittu idea. Valitse idea kehitettäväksi ensin.',
  'errors.sketch_type_unsupported': 'Luonnoskuvan pitää olla PNG-, JPEG- tai WebP-kuva.',
  'errors.conflict': 'Tieto on muuttunut tai on jo olemassa. Lataa sivu uudelleen.',
  'errors.theme_suggestions_busy':
    'Teemaehdotuksia lasketaan juuri muille tauluille. Yritä uudelleen hetken kuluttua.',
  'errors.internal': 'Jotain meni pieleen. Yritä hetken kuluttua uudelleen.',
  'validation.required': 'Pakollinen tieto puuttuu.',
  'validation.invalid_type': 'Arvo on väärää tyyppiä.',
  'validation.too_short': 'Arvo on liian lyhyt.',
  'validation.too_long': 'Arvo on liian pitkä (enintään {max}).',
  'validation.too_small': 'Arvo on liian pieni.',
  'validation.too_big': 'Arvo on liian suuri (enintään {max}).',
  'validation.invalid_email': 'Anna kelvollinen sähköpostiosoite.',
  'validation.invalid_format': 'Arvo on väärässä muodossa.',
  'validation.invalid_value': 'Arvo ei ole sallittu.',
  'validation.unrecognized_keys': 'Tuntematon kenttä: {keys}.',
  'validation.invalid': 'Arvo ei kelpaa.',
  'validation.unstorable_text':
    'Tekstissä on merkki, jota ei voi tallentaa (NUL-merkki tai pariton UTF-16-sijaismerkki).',
  'validation.too_deep': 'Rakenne on liian syvä (enintään {max} sisäkkäistä tasoa).',
  'validation.too_many_nodes': 'Sisällössä on liian monta osaa (enintään {max}).',
  'validation.missing_translation': 'Kirjoita teksti jokaisella lomakkeen kielellä.',
  'validation.closes_before_opens': 'Sulkeutumisajan pitää olla avautumisajan jälkeen.',
  'validation.max_below_min': 'Yläraja ei voi olla pienempi kuin alaraja.',
  'validation.no_body': 'Tämä pyyntö ei ota sisältöä.',
  'validation.alt_text_missing':
    'Kirjoita kuvalle tekstivastine tai merkitse kuva koristeelliseksi.',
  'errors.image_type_unsupported': 'Kuvan pitää olla PNG-, JPEG- tai WebP-kuva.',
  'errors.exercise_checks_itself':
    'Tämä tehtävä täyttyy harjoitusprojektisi tiedoista, eikä sitä merkitä tehdyksi käsin.',
} as const;
