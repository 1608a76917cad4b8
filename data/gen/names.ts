/**
 * Synthetic person names: plausible, UK-diverse first and last names, combined at random.
 * No name is meant to refer to a real person.
 */
import type { Random } from './random.ts';

const FIRST = [
  'Amelia', 'Olivia', 'Isla', 'Emily', 'Sophie', 'Grace', 'Chloe', 'Hannah', 'Lucy', 'Megan',
  'Rebecca', 'Sarah', 'Emma', 'Laura', 'Claire', 'Rachel', 'Joanne', 'Karen', 'Helen', 'Fiona',
  'Siobhan', 'Niamh', 'Aoife', 'Ciara', 'Bronwen', 'Carys', 'Eleri', 'Morag', 'Kirsty', 'Priya',
  'Anjali', 'Sunita', 'Deepa', 'Kavita', 'Nisha', 'Farah', 'Ayesha', 'Fatima', 'Zainab', 'Amina',
  'Hafsa', 'Nadia', 'Yasmin', 'Mei', 'Lin', 'Chipo', 'Ngozi', 'Chiamaka', 'Funmi', 'Abena',
  'Nia', 'Shanice', 'Agnieszka', 'Katarzyna', 'Ioana', 'Elena', 'Maria', 'Sofia', 'Beatriz', 'Leila',
  'Shirin', 'Sana', 'Zoë', 'Gemma', 'Jade', 'Natalie', 'Beth', 'Alison', 'Margaret', 'Pauline',
  'Oliver', 'Jack', 'Harry', 'George', 'Thomas', 'James', 'William', 'Daniel', 'Matthew', 'Christopher',
  'David', 'Andrew', 'Mark', 'Paul', 'Stephen', 'Richard', 'Rhys', 'Dafydd', 'Owain', 'Callum',
  'Euan', 'Hamish', 'Fraser', 'Ciaran', 'Declan', 'Sean', 'Padraig', 'Raj', 'Sanjay', 'Arjun',
  'Vikram', 'Rohan', 'Amit', 'Imran', 'Tariq', 'Bilal', 'Hamza', 'Yusuf', 'Omar', 'Wei',
  'Jun', 'Kofi', 'Kwabena', 'Emeka', 'Chinedu', 'Tunde', 'Olu', 'Marcus', 'Jermaine', 'Leon',
  'Piotr', 'Marek', 'Andrei', 'Mihai', 'Luca', 'Marco', 'João', 'Diego', 'Darius', 'Reza',
  'Samir', 'Ian', 'Graham', 'Neil', 'Martin', 'Simon', 'Adam', 'Ben', 'Sam', 'Alex',
];

const LAST = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke',
  'Patel', 'Khan', 'Ali', 'Hussain', 'Ahmed', 'Begum', 'Shah', 'Singh', 'Kaur', 'Sharma',
  'Gill', 'Chowdhury', 'Islam', 'Iqbal', 'Mahmood', 'Okafor', 'Adeyemi', 'Owusu', 'Boateng', 'Nwosu',
  'Adebayo', 'Campbell', 'Murray', 'MacDonald', 'Stewart', 'Reid', 'Morgan', 'Griffiths', 'Hughes', 'Price',
  'Pritchard', "O'Brien", 'Murphy', 'Kelly', 'Byrne', 'Doyle', 'Gallagher', 'Chen', 'Wong', 'Li',
  'Nguyen', 'Tran', 'Kowalski', 'Wiśniewska', 'Popescu', 'Ionescu', 'Silva', 'Santos', 'Costa', 'Ferreira',
  'Rossi', 'Demir', 'Yilmaz', 'Hosseini', 'Karimi', 'Abdi', 'Mohamed', 'Osman', 'Grant', 'Bailey',
  'Francis', 'Henry', 'Richards', 'Thomas', 'Baker', 'Harris', 'Lewis', 'Cooper', 'Ward', 'Turner',
  'Hill', 'Moore', 'Edwards', 'Parker', 'Watson', 'Fletcher', 'Barker', 'Holmes', 'Marsh', 'Fox',
];

/** n unique full names, none of them in `reserved`. */
export function uniqueNames(rng: Random, n: number, reserved: ReadonlySet<string>): string[] {
  const used = new Set(reserved);
  const usedLast = new Map<string, number>();
  const out: string[] = [];
  while (out.length < n) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const name = `${first} ${last}`;
    if (used.has(name)) continue;
    // Spread surnames a little: at most three people share one.
    if ((usedLast.get(last) ?? 0) >= 3) continue;
    used.add(name);
    usedLast.set(last, (usedLast.get(last) ?? 0) + 1);
    out.push(name);
  }
  return out;
}
