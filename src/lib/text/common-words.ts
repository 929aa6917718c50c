/**
 * English function words and fillers: they carry no subject and name no one. Topic suggestions skip
 * them, and a registry spelling that is one of them would match the word wherever it is used.
 */
const list = `a about above after again against all also an and any are as at be because been before
  being below between both but by can could did do does doing down during each etc few for from further had has
  have having he her here hers him his how however i if in into is it its itself just may me might more most my no
  nor not now of off on once one only or other our out over own same she should so some such than that the their
  them then there these they this those through to too two under until up very via was we well were what when
  where which while who whom why will with would you your first still e g i e like make made get getting want
  wants able way ways time point points part parts related regarding based including include includes`;

export const englishFunctionWords: ReadonlySet<string> = new Set(
  list.split(/\s+/u).filter((word) => word !== ''),
);
