/** Binary and HTML bodies of the notable seeded articles (bytes as recorded from the lab). */

/** Ticket 6, article 8: invoice-2026-0042.pdf (591 bytes) */
export const INVOICE_PDF_BASE64 =
  'JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUg' +
  'L1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAg' +
  'UiAvTWVkaWFCb3ggWzAgMCAyMDAgMTAwXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIg' +
  'Pj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCA0NyA+PgpzdHJlYW0KQlQgL0YxIDEyIFRmIDIwIDUwIFRkIChJbnZv' +
  'aWNlIDIwMjYtMDA0MikgVGogRVQKZW5kc3RyZWFtCmVuZG9iago1IDAgb2JqCjw8IC9UeXBlIC9Gb250IC9TdWJ0eXBlIC9UeXBl' +
  'MSAvQmFzZUZvbnQgL0hlbHZldGljYSA+PgplbmRvYmoKeHJlZgowIDYKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDA5IDAw' +
  'MDAwIG4gCjAwMDAwMDAwNTggMDAwMDAgbiAKMDAwMDAwMDExNSAwMDAwMCBuIAowMDAwMDAwMjQxIDAwMDAwIG4gCjAwMDAwMDAz' +
  'MzggMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA2IC9Sb290IDEgMCBSID4+CnN0YXJ0eHJlZgo0MDgKJSVFT0YK'

/** Ticket 7, article 10: "monitor flicker.png" (1352 bytes) */
export const MONITOR_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAYCAIAAAAUMWhjAAAFD0lEQVR4nBXVEdtsIRSG4Y0bwzAMwzAMwzAMw3BjGIYPhmE4ODg4' +
  'ODj44eDZpx/Q3bVa613HcXAeiAN5oA70gTmwB+7AH4SDeJAO8kE5qAfXQTvoB+OAg3mwDvbB4+B58Dp4H3wOvgd/B7+D4zg5T8SJ' +
  'PFEn+sSc2BN34k/CSTxJJ/mknNST66Sd9JNxwsk8WSf75HHyPHmdvE8+J9+Tv5PfeQOCUyAEUqAEWmAEVuAEXhAEUZAEWVAEVXAJ' +
  'mqALhgDBFCzBFjwET8FL8BZ8BF/Bn+AnbkBySoRESpRES4zESpzES4IkSpIkS4qkSi5Jk3TJkCCZkiXZkofkKXlJ3pKP5Cv5k/zk' +
  'DShOhVBIhVJohVFYhVN4RVBERVJkRVFUxaVoiq4YChRTsRRb8VA8FS/FW/FRfBV/ip+6Ac2pERqpURqtMRqrcRqvCZqoSZqsKZqq' +
  'uTRN0zVDg2ZqlmZrHpqn5qV5az6ar+ZP89M3YDgNwiANyqANxmANzuANwRANyZANxVANl6EZumEYMEzDMmzDw/A0vAxvw8fwNfwZ' +
  'fuYGLKdFWKRFWbTFWKzFWbwlWKIlWbKlWKrlsjRLtwwLlmlZlm15WJ6Wl+Vt+Vi+lj/Lz96A43QIh3Qoh3YYh3U4h3cER3QkR3YU' +
  'R3VcjubojuHAMR3LsR0Px9PxcrwdH8fX8ef4uRvwnB7hkR7l0R7jsR7n8Z7giZ7kyZ7iqZ7L0zzdMzx4pmd5tufheXpenrfn4/l6' +
  '/jw/fwOBMyACMqACOmACNuACPhACMZACOVACNXAFWqAHRoDADKzADjwCz8Ar8A58At/AX+AXbiByRkRERlRER0zERlzER0IkRlIk' +
  'R0qkRq5Ii/TIiBCZkRXZkUfkGXlF3pFP5Bv5i/ziDSTOhEjIhErohEnYhEv4REjERErkREnUxJVoiZ4YCRIzsRI78Ug8E6/EO/FJ' +
  'fBN/iV+6gcyZERmZURmdMRmbcRmfCZmYSZmcKZmauTIt0zMjQ2ZmVmZnHpln5pV5Zz6Zb+Yv88s3UDgLoiALqqALpmALruALoRAL' +
  'qZALpVALV6EVemEUKMzCKuzCo/AsvArvwqfwLfwVfuUGKmdFVGRFVXTFVGzFVXwlVGIlVXKlVGrlqrRKr4wKlVlZlV15VJ6VV+Vd' +
  '+VS+lb/Kr97AxXkhLuSFutAX5sJeuAt/ES7iRbrIF+WiXlwX7aJfjAsu5sW62BePi+fF6+J98bn4Xvxd/K4baJwN0ZAN1dAN07AN' +
  '1/CN0IiN1MiN0qiNq9EavTEaNGZjNXbj0Xg2Xo1349P4Nv4av3YDnbMjOrKjOrpjOrbjOr4TOrGTOrlTOrVzdVqnd0aHzuyszu48' +
  'Os/Oq/PufDrfzl/n129gcA7EQA7UQA/MwA7cwA/CIA7SIA/KoA6uQRv0wRgwmIM12IPH4Dl4Dd6Dz+A7+Bv8xg38X3z3arqXxx3v' +
  'dwDfEXmH2B0zdxDco3oP093ud0PeLXN/6l32uzD30+/L/58JCzY84AkveMMHvvAHv3ttH5NzIiZyoiZ6YiZ24iZ+EiZxkiZ5UiZ1' +
  'ck3apE/G/H/9nKzJnjwmz8lr8p58Jt/J3+Q3b2BxLsRCLtRCL8zCLtzCL8IiLtIiL8qiLq5FW/TFWP8fPxdrsRePxXPxWrwXn8V3' +
  '8bf4rRvYnBuxkRu10RuzsRu38ZuwiZu0yZuyqZtr0zZ9M/b/0szN2uzNY/PcvDbvzWfz3fxtfpt/1qtoPTV5puEAAAAASUVORK5C' +
  'YII='

/** Ticket 5, article 7: a harmless HTML mail */
export const PARTNER_BOUNCE_HTML =
  '<p>Hi team,</p><p>Mails to <i>partner.example.test</i> bounce with <code>550 5.1.1</code>.</p><ul><li>since Monday</li><li>all users</li></ul><p>Thanks, <b>John</b></p>'
export const PARTNER_BOUNCE_TEXT = '\nHi team,\n\nMails to partner.example.test bounce with \n\n550 5.1.1\n\n.\n\n - since Monday\n - all users\n\nThanks, John\n\n'

/** Ticket 16, article 26: a phishing report whose HTML carries script, handler and javascript: payloads */
export const PHISHING_HTML =
  '<!DOCTYPE html><html><body><p>Dear support,</p><p>I got this <b>suspicious</b> mail:</p>' +
  '<script>alert("xss-script")</script><img src="x" onerror="alert(1)">' +
  '<a href="javascript:alert(1)">click here</a><p style="color:red">Please check.</p></body></html>'
export const PHISHING_TEXT = '\nDear support,\n\nI got this suspicious mail:\n\nalert("xss-script")[1]click here\n\nPlease check.\n\n\n\n[1] javascript:alert(1)\n'
