// Texts of the public feedback form (/f/<code>) and its poster, rendered on the server.
export const appFeedback = {
  'publicForm.languages': 'Kieli',
  'publicForm.required': 'pakollinen',
  'publicForm.requiredNote': 'Tähdellä (*) merkityt kysymykset ovat pakollisia.',
  'publicForm.noPersonalData': 'Älä kirjoita vastauksiin nimeäsi tai muita henkilötietoja.',
  'publicForm.submit': 'Lähetä vastaus',
  'publicForm.errorTitle': 'Virhe',
  'publicForm.errorSummary':
    'Vastauksessa on {count, plural, one {# korjattava kohta} other {# korjattavaa kohtaa}}',
  'publicForm.errorRequired': 'Vastaa kysymykseen: {question}',
  'publicForm.errorTooLong':
    'Vastaus on liian pitkä. Kirjoita enintään {max, plural, one {# merkki} other {# merkkiä}}: {question}',
  'publicForm.consentYes': 'Kyllä, vastaukseni saa tallentaa tutkimusaineistoksi',
  'publicForm.consentNo': 'Ei, vastauksestani saa tallentaa vain arviot ja valinnat nimettöminä',
  'publicForm.ratingOf': '{value} / {max}',
  'publicForm.honeypot': 'Jätä tämä kenttä tyhjäksi',
  'publicForm.thanksTitle': 'Kiitos vastauksestasi!',
  'publicForm.thanksBody': 'Vastauksesi on tallennettu. Voit nyt sulkea sivun.',
  'publicForm.duplicateTitle': 'Vastaus on jo tallennettu',
  'publicForm.duplicateBody':
    'Tämä vastaus lähetettiin jo kerran, eikä sitä tallennettu uudelleen.',
  'publicForm.notOpenTitle': 'Lomake ei ole vielä auki',
  'publicForm.notOpenBody': 'Lomake avautuu {opens}.',
  'publicForm.closedTitle': 'Lomake on suljettu',
  'publicForm.closedBody': 'Lomake sulkeutui {closes}. Vastauksia ei enää oteta vastaan.',
  'publicForm.notFoundTitle': 'Lomaketta ei löytynyt',
  'publicForm.notFoundBody': 'Tarkista osoite. Lomake on ehkä poistettu.',
  'publicForm.badTitle': 'Vastausta ei voitu käsitellä',
  'publicForm.badBody':
    'Lähetetty vastaus oli virheellinen tai liian suuri, eikä mitään tallennettu. Avaa lomake uudelleen ja yritä uudestaan.',
  'publicForm.reopen': 'Avaa lomake uudelleen',
  'publicForm.tooManyTitle': 'Liian monta vastausta',
  'publicForm.tooManyBody':
    'Tästä osoitteesta on lähetetty hetken sisällä paljon vastauksia. Odota minuutti ja lähetä vastauksesi uudelleen.',
  'publicForm.posterCall': 'Kerro mielipiteesi',
  'publicForm.posterScan': 'Skannaa QR-koodi puhelimella tai avaa osoite:',
  'publicForm.posterOpens': 'Vastausaika: {opens} – {closes}',
  'publicForm.qrAlt': 'QR-koodi, joka avaa osoitteen {url}',
};
