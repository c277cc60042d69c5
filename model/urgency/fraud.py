"""Patterns of fraud and money trouble: a lost card, a scam call, a SIM swap, an account taken over, a charge
the customer never made, hardship.
"""

from __future__ import annotations

from model.urgency.text import nearby

# a payment card lost or stolen, in the languages the brands hear from ("j'ai perdu ma carte dans le métro")
LOST_CARD = (r"(?:lost|misplaced|dropped|can'?t find) (?:my |our |the )?(?!gift|loyalty|rewards?|sim|key|boarding|library|"
             r"birthday|membership|store|oyster)(?:\w+ )?(?:card|wallet|purse)\b(?! code)|"
             r"(?:card|wallet|purse) (?:\w+ )?(?:was |has been |got )?(?:lost|stolen|nicked|pickpocketed)|"
             r"perdu (?:ma|mon|notre) (?:carte|portefeuille)|(?:carte|portefeuille) (?:a [ée]t[ée] )?vol[ée]e?|"
             r"perd(?:í|i|ido) (?:mi |la )?(?:tarjeta|cartera)|(?:me )?(?:han|ha) robado (?:la |mi )?(?:tarjeta|cartera)|"
             r"ho perso (?:la |il )?(?:mia )?(?:carta|portafoglio)|(?:mi )?hanno rubato (?:la |il )?(?:carta|portafoglio)|"
             r"perdi (?:o |a )?(?:meu |minha )?(?:cart[ãa]o|carteira)|roubaram (?:o |a )?(?:meu |minha )?(?:cart[ãa]o|carteira)|"
             r"(?:karte|geldb[öo]rse|portemonnaie) (?:\w+ ){0,2}(?:verloren|gestohlen|geklaut)")

# a caller "from your fraud team" asking to move money to a "safe account", still on the line ("... transfer my money to
# a new account they set up. They're on hold now")
SCAM_CALL = nearby(r"\bsafe account\b|(?:do|make|send) a bank transfer|pay (?:\S+ ){0,3}?(?:by|with|in) (?:a )?(?:bank transfer|"
                   r"gift ?cards?|vouchers?|crypto|bitcoin)|gift ?cards? (?:to pay|as payment)|"
                   r"\b(?:move|transfer|send) (?:\S+ ){0,3}?(?:savings|money) (?:\S+ ){0,3}?(?:to|into) "
                   r"(?:a |an |another )?(?:(?:secure|safe|holding) account|(?:new|different) account (?:they|he|she) "
                   r"(?:\S+ )?(?:set up|opened|created|gave))",
                   r"\b(?:call(?:ed|er)?|rang|phone|on the line|on hold|fraud team|security team|told (?:me|her|him|us)|"
                   r"said (?:he|she|they) (?:was|were|is|are) from|says (?:he|she)'?s? from)\b", 120)

# hardship: "my husband has been made redundant and we honestly can't cover the water bill" (twelfth session)
HARDSHIP = (r"can'?t (?:\w+ )?(?:afford|cover|pay) (?:the|my|our|this|this month'?s) (?:\w+ )?(?:bills?|rent|payments?)|"
             r"(?:been |was |got )made redundant|struggling (?:to pay|financially)|financial (?:hardship|difficult\w*)|"
             # "I've lost my job, I've got £2 left and no gas for the heating" (read34)
             r"\b(?:lost|losing) (?:my|our|his|her) (?:job|jobs|income)\b(?! (?:\w+ )?(?:application|reference|number|"
             r"progress|email|details))|\bout of work\b(?! hours| mode)|\bno money (?:left|until|till)\b(?! (?:on|in) "
             r"(?:my|the|your) (?:gift ?card|card|account|balance|wallet))|"
             r"can'?t afford to (?:top up|heat|eat\b(?! out)|buy food|put the heating on)\b")

# Someone else is taking the customer's money now: the card must be stopped before anything else. Not a plain
# "this is a scam" or "your prices are fraud" (money): a third party, a payment the customer did not make.
# a cloned SIM, told in other languages ("penso mi abbiano clonato la SIM, ho paura per il conto"); a number ported or
# a SIM swapped by someone else: their bank's security codes now go to the fraudster
SIM_SWAP = (r"\b(?:clonat[oa] la sim|sim clonada|sim clon[ée]e|sim (?:wurde )?geklont|clonaram (?:o )?(?:meu )?chip)\b|"
             # not "how do I do a SIM swap to an eSIM?", the customer's own
             r"\b(?:victim of|been|got|was|were|someone|somebody|they|scammers?|fraudsters?) (?:\S+ ){0,3}?sim[- ]swap\w*|"
             r"\bsim[- ]swap (?:fraud|attack|scam)|\bsomeone (?:\S+ ){0,2}?(?:ported|swapped|transferred|moved|took|taken|hijacked) (?:out )?"
             r"(?:my|our) (?:\S+ )?(?:number|sim)\b|\b(?:number|sim) (?:\S+ ){0,3}?(?:ported|swapped|transferred|moved) "
             r"(?:\S+ ){0,4}?without (?:my|our) (?:permission|consent|knowledge)|"
             # "a text saying my SIM had been changed. I did NOT do that" (a care lead's probe read, eleventh session)
             r"\b(?:sim|number) (?:card )?(?:was|had been|has been|got|is being) (?:changed|swapped|switched|ported|moved|"
             r"transferred)\b[^?]{0,40}?\b(?:i|we) (?:did not|didn'?t|never|do not|don'?t) (?:do|did|ask|asked|request|"
             r"requested|authori[sz]e|authori[sz]ed)\b")
# an account taken over ("my account has been hacked", "someone changed my email and password"): whoever holds it can
# spend, book and lock the owner out; not one hacked and sorted weeks ago. Not the fraud reason (money being taken
# now: "my account got hacked, can't log in" is not critical), but the drafts' cue to lock it
# someone in the account and the money leaving now: "someone just got into my coinharbor and my BTC balance is dropping
# as i watch" (read36)
_BREAK_IN = (r"(?:someone|somebody|hackers?) (?:has |have |had |just )?(?:got|gotten|broke|broken|hacked|logged) into "
             r"(?:my|our) (?!(?:flat|house|home|car|garage|shed|van|room|office|building|locker)\b)\S+(?: \S+)?\b"
             r"[^.!?]{0,80}?\b(?:(?:balance|money|funds|crypto|savings|coins?) (?:is |are )?"
             r"(?:dropping|going (?:down|out)|draining|disappearing|being (?:sent|moved|withdrawn)|leaving)|(?:sending|taking|withdrawing|"
             r"moving|draining|emptying|transferring) (?:out )?(?:my|our|all) (?:\w+ )?(?:money|funds|crypto|savings|coins?|"
             r"balance|btc|bitcoin))")
TAKEOVER = (r"\b(?:(?:my|our) (?:\S+ ){0,2}?account (?:got |was |has been |'s been |is |been )?(?:hacked|compromised|taken over)"
             r"(?! (?:\S+ ){0,2}(?:weeks?|months?|years?) ago)|hacked (?:into )?my (?:\S+ )?account|(?:someone|somebody|hackers?) "
             r"(?:has |have |just )?(?:changed|reset) (?:the |my )?(?:email|e-mail|password|login|phone number)(?: and "
             r"(?:the |my )?(?:email|e-mail|password|login|phone number))? (?:on|of|for|in) (?:my|our) (?:\S+ )?account|"
             r"(?:someone|somebody|hackers?) (?:has |have |just )?(?:changed|reset) my (?:email|e-mail|password|login)|"
             # "I sent it 🤦 now I can't log in and my email's been changed" (read39's re-grade)
             r"(?:can'?t|cannot) log ?in\b[^.!?]{0,40}?\bmy (?:email|e-mail|password|phone number)(?:'s| has| was)? been "
             r"changed|(?:logged|locked) out\b[^.!?]{0,40}?\bmy (?:profile|account)(?:'s| is| has been)? (?:asking|messaging|"
             r"sending|posting)\b|"
             # "someone logged into my nebula account, spent all my gems and changed my password" (read32)
             r"(?:someone|somebody|hackers?)\b(?:(?!\b(?:i|me|told|asked|said|help|helped|showed|from your|"
             r"in your)\b)[^.!?]){0,80}?\b(?:and|then) (?:has |have |just )?(?:changed|reset) my "
             r"(?:email|e-mail|password|login)\b(?! like)|"
             # "Someone got into my Threadline account and placed 3 orders"
             r"(?:someone|somebody|hackers?) (?:has |have |had |just )?(?:got|gotten|broke|broken|hacked) into (?:my|our) "
             r"(?:\S+ ){0,2}?account|" + _BREAK_IN + ")")
FRAUD = (_BREAK_IN + r"|\b(?:has|have|was|is) (?:my|our) (?:\S+ )?card (?:been )?(?:stolen|cloned|compromised|hacked|skimmed)\b|"
          # "a charge of £56.40 from Dishdash on my bank statement and I didn't order anything"
          + nearby(r"\b(?:charge[sd]?|payments?|transactions?|debit(?:ed)?|statement)\b",
                  r"\b(?:didn'?t|did not|never|haven'?t|have not) (?:ordered|order|bought|buy|used|use|purchased) "
                  r"anything\b", 80) + "|"
          r"\bsomeone(?:'s|’s)? (?:\S+ ){0,3}?(?:using|used|uses|spending|spent|charg\w*|cloned|stole|stolen|took|taken|taking|"
          r"withdr[ae]w\w*|transferr\w*) (?:\S+ ){0,4}?(?:my|our) (?:\S+ )?(?:card|bank|money|savings|paypal|"
          # "someone used my Klarna account to buy £600 of stuff"
          r"(?:klarna|afterpay|clearpay|paypal|credit|bank|store|shop) account)|"
          r"\bsomeone (?:\S+ ){0,3}?(?:used|using) (?:my|our) (?:\S+ )?account (?:to|and) (?:buy|order|pay|spend|book)|"
          # "Someone got into my account and placed 3 orders", "3 orders on my account from last night that I never made"
          r"\b(?:someone|somebody|hackers?) (?:\S+ ){0,3}?(?:my|our) (?:\S+ )?account (?:\S+ ){0,3}?(?:placed|made|ordered|"
          r"bought|booked|spent|placing|ordering|buying|spending)\b|"
          r"\borders? (?:\S+ ){0,8}?(?:i|we) (?:never|didn'?t|did not) (?:place|placed|make|made)\b|"
          r"\b(?:emptied|emptying|drained|draining|cleared out|clearing out|wiped out) (?:\S+ ){0,2}?(?:my|our) (?:\S+ )?"
          r"(?:account|savings|bank)|"
          # "someone's just taken £600 from my account"
          r"\bsomeone(?:'s|’s)? (?:\S+ ){0,3}?(?:taken|took|stole|stolen|withdrawn|withdrew|moved|transferred) [£$€]\s?\d"
          r"[\d,.]* (?:\S+ ){0,3}?(?:from|out of) (?:my|our) (?:\S+ )?account|"
          # "moved £1,900 out to an account I don't know"
          r"\b(?:moved|transferred|sent|taken|took) (?:\S+ ){0,4}?(?:to|into) (?:an? |some )?(?:account|payee)s? (?:i|we) "
          r"(?:don'?t|do not|didn'?t|did not|never) (?:know|recogni[sz]e|set up|add(?:ed)?)\b|"
          # a caller "from your fraud team" asking to move money to a "safe account", still on the line
          + SCAM_CALL + "|"
          # "3 payments in Lagos in the last 10 mins that aren't me", "a transaction I don't recognise"
          r"\b(?:payments?|transactions?|charges?|purchases?|withdrawals?|transfers?|debits?) (?:\S+ ){0,10}?"
          r"(?:(?:that|which) )?(?:(?:aren'?t|weren'?t|isn'?t|wasn'?t|are not|were not|is not|was not) "
          r"(?:from |by )?(?:me|mine|us|ours)\b|(?:i|we) (?:didn'?t|did not|never|don'?t|do not) "
          r"(?:make|made|authori[sz]e|recogni[sz]e)\b)|"
          r"\b(?:didn'?t|did not|never) authori[sz]ed?(?= *(?:$|[.!?,;]|(?:it(?! to)|this|that|them(?! to)|these|those|any|the|a|an|"
          r"payments?|transactions?|charges?|purchases?|withdrawals?|debits?|transfers?)\b))|"
          r"\bunauthori[sz]ed (?:payments?|transactions?|charges?|purchases?|withdrawals?|debits?|transfers?|access|"
          r"use)\b|\bfraudulent(?:ly)? (?:\S+ ){0,2}?(?:charg\w*|payments?|"
          r"transactions?|purchases?|withdrawals?|activity|debits?|used|taken|transfers?)\b|"
          r"\b(?:charged|used|taken|withdrawn) fraudulently|\bused for fraud|\bvictim of (?:a |an )?(?:\w+ )?"
          r"(?:fraud|scam|identity theft)|\bidentity theft|\bfraud on (?:my|our) (?:card|account)|"
          r"\bpayee (?:i|we)(?:'ve| have)? never (?:heard of|seen|added|set up)|"
          r"\b(?:payee|merchant|company|account) (?:i|we)(?:'ve| have)? never heard of|"
          # "£300 gone today, I didn't make these payments", "money keeps disappearing from my account"
          r"\b(?:i|we) (?:didn'?t|did not|never) (?:make|made|authori[sz]ed?|recogni[sz]e) (?:these|those|this|that|"
          r"the|any|them|all|some) (?:\S+ )?(?:payments?|transactions?|charges?|purchases?|withdrawals?|transfers?|debits?)\b|"
          r"\bmoney (?:\S+ )?(?:disappear\w*|vanish\w*|going missing|taken) (?:\S+ ){0,2}?from (?:my|our) (?:\S+ )?"
          r"(?:account|card)\b|"
          # "someone's been ordering food on my account", "someone is using my account"
          r"\bsomeone(?:'s| has| is| was)? (?:\S+ ){0,2}?(?:ordering|ordered|buying|bought|booking|booked|purchasing|"
          r"spending|spent|shopping) (?:\S+ ){0,4}?(?:on|with|from|using|into|in)? ?"
          r"(?:my|our) (?:\S+ )?(?:account|card|login)\b|"
          # "my card ending 7712 was used in Lagos at 03:14 - I was asleep in Glasgow"
          + nearby(r"\b(?:card|account) (?:\S+ ){0,3}?(?:was|were|has been|have been|got|being) (?:\S+ )?used (?:in|at|for|"
                  r"on|by)\b",
                  r"\b(?:i|we) (?:was|were|am|are) (?:asleep|at home|in bed)\b|\bnot me\b|\bwasn'?t me\b|"
                  r"\bwithout (?:my|our) (?:permission|consent|knowledge)|\b(?:i|we) (?:didn'?t|did not|never) (?:make|"
                  r"authori[sz]e|recogni[sz]e|use it|do (?:it|this|that))", 60)
          + "|" + SIM_SWAP
          # "got a call from 'your fraud team' and gave them her PIN. £5,000 gone"
          + "|" + nearby(r"\b(?:gave|given|told|shared|read out|typed) (?:\S+ ){0,3}?(?:pin|passcode|password|one[- ]time "
                        r"(?:code|passcode)|otp|security (?:code|number|details)|card (?:details|number)|login)",
                        r"\b(?:gone|taken|stolen|missing|emptied|drained|disappeared|transferred out)\b", 100)
          # the PIN given to someone who said they were the bank ("jemand von der 'Sicherheitsabteilung' wollte meine
          # PIN. Ich habe sie ihm gegeben"): fraud before the money goes
          + "|" + nearby(r"\b(?:gave|given|told|shared|read out|gegeben|genannt|verraten|donn[ée]|communiqu[ée]|di|dado|"
                        r"dato|dei|passei) (?:\S+ ){0,3}?(?:(?:my|the|her|his|meine?|mon|ma|mi|il mio|o meu|a minha) )?"
                        r"(?:pin|passcode|password|one[- ]time (?:code|passcode)|otp|security (?:code|number)|card details|"
                        r"code|codice|c[óo]digo|mot de passe|passwort|contrase[ñn]a|senha)\b|"
                        r"\b(?:pin|passcode|code|codice|c[óo]digo)\W+(?:\S+ ){0,4}?(?:gegeben|genannt|verraten|donn[ée]|dado|"
                        r"dato|dei)\b",
                        r"sicherheitsabteilung|angeblich|said (?:he|she|they) (?:was|were) from|claim\w* to be|"
                        r"pretend\w*|fake|soi-disant|se faisant passer|supuest[oa]|se hac[íi]a pasar|presunt[oa]|"
                        r"finto|fingendo|suposto|se passando|fraud team|security team|from the bank|von der bank|"
                        r"de la banque|del banco|della banca|do banco", 160)
          # a SIM moved to another phone without the customer ("my number is being taken over")
          + "|" + nearby(r"\bsim (?:card )?(?:has been |was |got |been )?(?:swap\w*|moved|transferred|ported|switched)|"
                        r"\bsim[- ]swap|\b(?:number|phone number) (?:has been |was |got |been )?(?:ported|hijacked|stolen)",
                        r"\b(?:i|we) (?:didn'?t|did not|never) (?:do|request|ask|authori[sz]e|order)\w*\b|\bnot me\b|"
                        r"\bwasn'?t me\b|\bwithout (?:my|our) (?:permission|consent|knowledge)|\bsomeone\b|\bfraud\w*", 120)
          + r"|\b(?:someone|somebody|hackers?|scammers?|fraudsters?)(?:'s| has| is| have| are)? (?:\S+ )?(?:(?:taking|took|"
          r"taken) over|hijack\w*) (?:my|our) (?:phone )?(?:number|sim|account)\b|"
          # a hacked account that is spending the customer's money
          + nearby(r"\bhack(?:ed|ers?)\b", r"\b(?:with|on|using) (?:my|our) (?:saved |stored |credit |debit |bank )?"
                  r"card\b|\bcard (?:\S+ ){0,3}(?:was |got |has been )?(?:used|charged)\b|\bbought\b|"
                  r"\bpurchas(?:ed|es)\b|\btransferr\w*|\bspen(?:t|ding) (?:my |our |all (?:my |our )?)?(?:[£$€]\s?\d|"
                  r"\d[\d,.]*\s?(?:[£$€]|euros?|pounds|dollars|\S*coins|credits|gems|points)|money|savings|balance|"
                  r"all (?:my |our |of my )?(?:\S*coins|crystals|gems|credits|points|v-?bucks|robux|gold|currency))|"
                  r"\bordered\b|\bcharged\b|\bbook(?:ed|ing)\b[^.!?]{0,40}?\b(?:points|miles|avios|vouchers?)\b", 100)
          # "someone has logged into my account and ordered stuff to an address I don't know"
          + "|" + nearby(r"\bsomeone (?:\S+ ){0,2}?(?:logged|logging|got|broke|broken) (?:in|into) (?:my|our) account",
                        r"\bordered\b|\bbought\b|\bbook(?:ed|ing)\b|\bspent\b|\btransferr\w*|"
                        r"address (?:i|we) (?:don'?t|do not) (?:know|recogni[sz]e)", 100)
          + "|" + nearby(r"\b(?:been|got|was|were) (?:\S+ )?(?:scammed|defrauded|conned)\b",
                        r"\b(?:took|taken|stole|stolen)\b|\bfrom (?:my|our) (?:\S+ )?(?:account|card)\b", 80)
          # "fui vítima de golpe, transferiram 2.000 € da minha conta", "Buchungen ..., die ich nicht gemacht habe"
          + r"|\bv[ií]c?tima de (?:um |uma |una |un )?(?:golpe|fraude|burla|estafa|timo)|"
          r"\bvictime d'(?:une )?(?:arnaque|fraude|escroquerie)|\bvittima di (?:una )?(?:truffa|frode)|"
          + nearby(r"\b(?:hackead[oa]|hackearon|hackerat[oa]|hacker[ée]|pirat[ée]e?|gehackt|pirateada|invadid[oa]|"
                        r"invadiram|gehackt|zhakowan\w*)\b", r"\b(?:transfer\w*|virement|bonific\w*|[üu]berwies\w*|"
                        r"transfer[êe]ncia|abgebucht|prelevat\w*|d[ée]bit\w*|cobr\w*|gastad\w*|speso|spent|€|euros?)", 120)
          + "|" + nearby(r"\b(?:ohne meine (?:erlaubnis|zustimmung|einwilligung)|zonder (?:mijn )?toestemming|bez (?:mojej )?"
                        r"zgody|sin mi (?:permiso|consentimiento)|sans mon (?:accord|autorisation)|senza (?:il mio )?"
                        r"(?:permesso|consenso)|sem (?:a minha )?(?:permiss[ãa]o|autoriza[cç][ãa]o))\b",
                        r"\b(?:karte|pas|karta|kart[ęe]|tarjeta|carte|carta|cart[ãa]o|zahlung\w*|betaling\w*|p[łl]atno\w*|"
                        r"pagos?|paiements?|pagament[oi]|abgebucht|afgeschreven|pobra\w*|cobr\w*|pr[ée]lev\w*|addebit\w*)\b",
                        60)
          + r"|"
          r"\b(?:betalingen|transacties|afschrijvingen) (?:\S+ ){0,4}?die ik niet (?:heb )?(?:gedaan|gemaakt)|"
          r"\b(?:p[łl]atno[śs]ci|transakcj\w*) (?:\S+ ){0,3}?kt[óo]rych nie (?:robi[łl]\w*|dokona[łl]\w*)|"
          r"\b(?:clonaron|clonaram|clonad[oa]) (?:\S+ ){0,3}?(?:sim|chip)\b|"
          r"\b[ée]change de (?:carte )?sim (?:\S+ )?frauduleux|\bsim-karte (?:\S+ ){0,2}?(?:übernommen|gekapert)|"
          r"\bsim clonata|\bopfer (?:\S+ ){0,2}betrug\w*|\b(?:karten|konto)betrug|\btransferiram (?:\S+ ){0,4}(?:da|de) minha conta|"
          r"\bclonaram (?:o )?meu cart[ãa]o|\bme han (?:estafado|clonado)|\b(?:vaciado|vaciaron) (?:\S+ )?cuenta|"
          r"\bvid[ée] mon compte|\bon m'a (?:arnaqu|escroqu)[ée]|\bj'ai [ée]t[ée] (?:arnaqu|escroqu)[ée]|"
          r"\bsvuotato (?:il )?(?:mio )?conto|\b(?:sono stat[oa]|mi hanno) truffat[oa]|"
          r"\b(?:compras?|transa[cç](?:ão|ões)|pagamentos?|cobran[cç]as?|saques?|cargos?|pagos?|transferencias?|"
          r"movimientos?|cobros?) (?:\S+ ){0,6}?que (?:eu )?(?:n[ãa]o|no) (?:fiz|reconhe[cç]o|autorizei|he hecho|"
          r"he realizado|hice|reconozco|autoric[ée])|"
          r"\b(?:paiements?|achats?|pr[ée]l[èe]vements?|transactions?|d[ée]bits?|virements?|retraits?) "
          r"(?:\S+ ){0,6}?que je n'ai (?:pas|jamais) (?:fait|effectu[ée]|autoris[ée])|"
          r"\b(?:pagament[oi]|addebit[oi]|transazion[ei]|acquist[oi]|preliev[oi]|bonific[oi]) (?:\S+ ){0,6}?che non "
          r"(?:ho (?:mai )?(?:fatto|effettuato|autorizzato)|riconosco)|"
          r"\b(?:buchung|abbuchung|zahlung|transaktion|überweisung|kauf|käufe|lastschrift)(?:en)? (?:\S+ ){0,6}?"
          r"die ich (?:nicht|nie|niemals) (?:gemacht|getätigt|veranlasst|autorisiert) habe|"
          r"\b(?:compra|transa[cç][ãa]o|pagamento|cobran[cç]a|transfer[eê]ncia|saque|cargo|pago|transacci[oó]n|"
          r"movimiento|cobro|paiement|pr[ée]l[èe]vement|achat|retrait|virement|addebit[oi]|pagament[oi]|"
          r"transazion[ei]|acquist[oi])s? (?:n[ãa]o|no|non) (?:autorizad|autoris[ée]|autorizzat)\w*|"
          r"\bnicht (?:von mir )?autorisiert\w* (?:abbuchung|zahlung|transaktion|überweisung|buchung|lastschrift)|"
          r"\b(?:abbuchung|zahlung|transaktion|überweisung|buchung|lastschrift)\w* (?:\S+ ){0,4}?nicht (?:von mir )?"
          r"autorisiert|"
          # "me han quitado 480 euros de la cuenta sin autorización", "abgebucht, die ich nie autorisiert habe",
          # "fizeram um pix ... que eu não reconheço"
          r"\b(?:quitado|sacado|cobrado|retirado|tirado|transferido|pr[ée]lev[ée]|d[ée]bit[ée]|retir[ée]|prelevat[oi]|"
          r"addebitat[oi]|sottratt[oi]|sacaram|levantad[oa]|abgebucht|abgehoben|überwiesen)\w*,? (?:\S+ ){0,14}?"
          r"(?:sin (?:mi )?autorizaci[oó]n|sans (?:mon )?(?:autorisation|accord)|senza (?:la mia )?autorizzazione|"
          r"sem (?:a minha )?autoriza[cç][ãa]o|die ich (?:nie|nicht|niemals) (?:autorisiert|veranlasst|gemacht|"
          r"get[äa]tigt))|\bpix (?:\S+ ){0,8}?que (?:eu )?n[ãa]o (?:fiz|reconhe[cç]o|autorizei)|"
          # "me han cargado 240 € que no reconozco", "levantaram-me 500 euros da conta sem eu saber"
          r"\b(?:cargad[oa]|cargaron|cobrad[oa]|cobraron|quitad[oa]|sacad[oa]|debitad[oa]|levantaram|tiraram|cobraram|"
          r"prelevat[oa]|addebitat[oa]|d[ée]bit[ée]|pr[ée]lev[ée])\w*(?:-me)?,? (?:\S+ ){0,8}?(?:que (?:eu )?(?:no|n[ãa]o) "
          r"(?:reconozco|reconhe[çc]o|he hecho|fiz|autoric[ée]|autorizei)|sem (?:eu )?saber|sin (?:yo )?saberlo|"
          r"sans mon accord|[àa] mon insu|a mia insaputa|senza (?:il mio )?consenso)"
          # "quelqu'un est en train de vider mon compte", "899 € bei MediaMarkt bezahlt. Ich war das nicht", "alguien
          # está usando mi tarjeta", "qualcuno ha usato la mia carta", "esvaziaram a minha conta"
          r"|\b(?:vid(?:er|e|ent|[ée]) (?:mon|notre) compte|(?:leer ?ger[äa]umt|gepl[üu]ndert) (?:\S+ )?konto|konto "
          r"(?:\S+ ){0,3}?(?:leer ?ger[äa]umt|gepl[üu]ndert)|vaci(?:ando|ado|aron|ar) (?:mi|nuestra) cuenta|"
          r"svuot(?:ato|ando|ano|are) (?:il (?:mio )?)?conto|esvazi(?:aram|ando|ou) (?:a )?(?:minha )?conta)|"
          r"\b(?:quelqu'un|alguien|algu[ée]m|qualcuno|jemand) (?:\S+ ){0,3}?(?:utilis\w*|us(?:ando|ado|a|ou|ato|a)|"
          r"benutz\w*|verwende\w*) (?:\S+ ){0,2}?(?:ma|mi|meu|minha|la mia|meine) (?:carte|tarjeta|cart[ãa]o|carta|"
          r"karte|compte|cuenta|conta|conto|konto)\b|"
          + nearby(r"[$£€]\s?\d|(?<![\d.,])\d[\d.,]*+\s?(?:€|euros?)|\b(?:paiements?|pr[ée]l[èe]vements?|achats?|zahlungen?|"
                  r"abbuchungen?|bezahlt|abgebucht|pagos?|cargos?|compras?|pagamentos?|addebit[oi]|pagament[oi])\b",
                  r"\b(?:ce n'est pas moi|c'est pas moi|ce n'[ée]tait pas moi|pas moi|ich war (?:das|es) nicht|das war "
                  r"ich nicht|nicht von mir|no (?:he sido|fui) yo|yo no (?:he sido|fui)|n[ãa]o fui eu|non sono stat[oa] "
                  r"io|non l'ho fatt[oa] io)\b(?!\s+\w)", 80))
