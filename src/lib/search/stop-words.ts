/**
 * English function words and question words: they carry no topic, so a query keeps them only when it
 * has nothing else ("who is working on shadow stacks" searches "working shadow stacks").
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of in on at to for from by with without about into onto over under ' +
    'is are was were be been being am do does did done doing have has had having will would shall ' +
    'should can could may might must i me my we us our you your he him his she her it its they them ' +
    'their this that these those there here what which who whom whose when where why how whether ' +
    'if then than so as not no yes any some all each every also just very too again still yet ' +
    'anything something someone anyone ever'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase());
}
