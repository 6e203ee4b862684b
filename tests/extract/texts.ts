/**
 * Articles written for these tests, in the three styles the extractor
 * reads: wire copy, UN meeting coverage and a government's press
 * statement. The people in them are invented; the states and bodies are
 * real, as in the news the extractor is for.
 */

export const WIRE = `The United States, Britain and France accused Moscow and Pyongyang on Tuesday of breaching the arms embargo on North Korea, after a closed meeting of the U.N. Security Council.

"The evidence is overwhelming and this conduct is unacceptable," said deputy U.S. Ambassador Daniel Marsh. "We will not look away.

Nobody on this council should."

Marsh said Russia must stop buying ballistic missiles from North Korea. He added that the council had been patient for too long.

Both Russia and North Korea have denied the accusations. Zhou Lan, China's deputy U.N. ambassador, told reporters last week that sanctions alone would not solve the problem.`;

export const UN_MEETING = `The representative of France said the launches violated several Security Council resolutions and called on the Democratic People's Republic of Korea to return to dialogue.

Speaking on behalf of the Group of 77 and China, the representative of Cuba said unilateral sanctions harmed ordinary people.

Viet Nam's delegate urged all parties to exercise restraint. The Russian Federation's representative rejected the accusations as politically motivated.`;

export const PRESS_STATEMENT = `Statement of the Ministry of Foreign Affairs of Ukraine

The Ministry of Foreign Affairs of Ukraine strongly condemns the missile strike on the city of Odesa carried out by the Russian Federation on 3 May.

We call on the international community to increase pressure on Moscow. We urge Belarus to stop allowing its territory to be used for attacks.

The Ministry rejects the baseless claims of the Russian Ministry of Defence that the strike hit a military target.`;
