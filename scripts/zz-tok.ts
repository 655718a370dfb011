import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
const its = nlp.its;
for (const s of ['The Nigerian government reached a cease-fire agreement with Boko Haram.', 'A shar-pei cross, a Shar Pei, ad-targeting purposes, e-mail, co-operate, 18-karat gold, well-known, U.S.-based']) {
  const d = nlp.readDoc(s);
  console.log(d.tokens().out(its.value), d.tokens().out(its.lemma), d.tokens().out(its.pos));
}
