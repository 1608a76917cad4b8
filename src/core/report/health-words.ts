/**
 * One plain sentence per health figure saying what it means in these data ("31% of ties join
 * people in different sectors"). Descriptive only: no figure here has an agreed norm, so no
 * sentence calls a value good or bad.
 */
import { groupNoun } from '../findings/spanner-words.ts';
import type { HealthFigureId } from './health-figures.ts';
import { formatFigure, formatNumber, people, percent } from './format.ts';
import type { WaveFigures } from './wave-figures.ts';

const inWave = (w: WaveFigures): string => (w.wave === null ? '' : ` at ${w.wave}`);

export function healthSentence(id: HealthFigureId, w: WaveFigures, boundary: string | null): string {
  const noun = groupNoun(boundary);
  switch (id) {
    case 'people':
      return `${people(w.people)} in the network${inWave(w)}; ${formatNumber(w.peopleWithTies)} of them ${w.peopleWithTies === 1 ? 'has' : 'have'} at least one tie.`;
    case 'ties':
      return w.ties === 0 ? `No ties${inWave(w)}.`
        : `${formatNumber(w.ties)} ${w.ties === 1 ? 'tie' : 'ties'}${inWave(w)}: on average each person has ${formatNumber(2 * w.ties / Math.max(1, w.people))} (sent and received counted together).`;
    case 'responseRate':
      return w.responseRate === null
        ? 'Who answered is not recorded, so everyone counts as a respondent and a missing tie cannot be told apart from a missing answer.'
        : `${formatNumber(w.respondents ?? 0)} of ${people(w.people)} answered${inWave(w)}. Ties of people who did not answer are only those others reported about them.`;
    case 'density':
      return w.density === null ? 'Too few people to measure.'
        : `Of all the ties there could be between these people, ${percent(w.density)} exist.`;
    case 'reciprocity':
      return w.reciprocity === null
        ? (w.directed ? 'No ties to measure.' : 'Not applicable: direction is ignored in this view, so every tie counts as two-way.')
        : `When one person names another, ${percent(w.reciprocity)} of the time the other names them back.`;
    case 'crossShare':
      if (boundary === null) return `Choose a boundary (sector, organisation, …) to measure this.`;
      return w.crossShare === null ? `No ties between people whose ${boundary} is recorded.`
        : `${percent(w.crossShare)} of ties join people in different ${noun.many}; the rest stay inside one ${noun.one}.`;
    case 'eiIndex':
      if (boundary === null) return `Choose a boundary (sector, organisation, …) to measure this.`;
      return w.eiIndex === null ? `No ties between people whose ${boundary} is recorded.`
        : `${formatFigure(w.eiIndex, 'score')} on a scale from −1 (all ties inside ${noun.many}) to +1 (all across them): ties ${
          Math.abs(w.eiIndex) < 0.05 ? 'are split about evenly between inside and across' : w.eiIndex < 0 ? `stay inside ${noun.many} more often than they cross` : `cross ${noun.many} more often than they stay inside`}.`;
    case 'centralisation':
      return w.centralisation === null ? 'Too few people to measure.'
        : `${formatFigure(w.centralisation, 'score')} on a scale from 0 (ties spread evenly) to 1 (everyone tied to one person).`;
    case 'fragmentation':
      return w.fragmentation === null ? 'Too few people to measure.'
        : w.fragmentation === 0 ? 'Everyone can reach everyone else through some chain of ties.'
          : `${percent(w.fragmentation)} of pairs of people cannot reach each other through any chain of ties (the network falls into ${formatNumber(w.components)} separate parts${
            w.isolates === 0 ? '' : w.isolates === 1 ? ', one of them a person with no tie' : `, ${formatNumber(w.isolates)} of them people with no tie`}).`;
    case 'largestComponent':
      return w.largestComponentShare === null ? 'No people.'
        : `${percent(w.largestComponentShare)} of people are in the largest group linked by chains of ties; ${people(w.isolates)} ${w.isolates === 1 ? 'has' : 'have'} no tie at all.`;
    case 'brokerageConcentration':
      if (boundary === null) return `Choose a boundary (sector, organisation, …) to measure this.`;
      return w.brokerageTopShare === null ? `Nobody links people across ${noun.many} who are not already tied.`
        : `The ${w.brokerageTop === 1 ? 'one person' : `${w.brokerageTop} people`} who link ${noun.many} most hold ${percent(w.brokerageTopShare)} of all bridging between ${noun.many}, among ${people(w.brokeragePopulation)} with ties (Gini ${formatFigure(w.brokerageGini, 'score')}; 0 would be an equal share each).`;
  }
}
