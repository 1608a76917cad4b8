export const HELP = `kith: social network analysis for health and care learning systems

Usage:
  kith analyze --nodes FILE --edges FILE [options]
  kith analyze --nodes FILE --wave LABEL --edges FILE --wave LABEL --edges FILE ...
  kith analyze --nodes FILE --wave LABEL --survey FILE [--recipe FILE]
  kith report --nodes FILE --edges FILE [options] -o report.html

Any input file may be CSV (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252) or an
Excel workbook (.xlsx, its first sheet).

Input:
  --nodes FILE          people file: one row a person (an id or name, any attributes)
  --edges FILE          ties file: source, target, optional type, strength, wave (repeatable)
  --wave LABEL          the wave of the --edges file that follows (a file per wave)
  --respondents FILE    who answered each wave: wave, id
  --attendance FILE     attendance: person, meeting, optional date, wave
  --survey FILE         a survey export (Microsoft Forms, Google Forms, Qualtrics, SurveyMonkey,
                        Kith's templates), columns detected as in the app (repeatable; --wave first)
  --recipe FILE         an import recipe (.json) for the --survey files, saved by the app
  --weight COLUMN       the column of the ties files that holds tie strength

What counts as a tie:
  --directed            ties as reported (the default)
  --undirected          a tie if either person names the other
  --confirmed           a tie only if both name each other
  --types a,b           tie types to include (default: all)
  --min-strength N      leave out ties weaker than N (and ties with no strength)
  --merge M             strength of merged parallel ties: max (default), mean, sum, min
  --co-attendance       add ties between people who attended the same meeting
  --co-attendance-min N   ... only pairs who shared N or more meetings
  --co-attendance-from D  ... only meetings on or after D (yyyy-mm-dd); --co-attendance-to D: on or before
  --respondents-only    only people who answered the wave, and the ties among them
  --level ATTRIBUTE     analyse the network of groups (e.g. organisation): a tie between two groups
                        for the person ties between them
  --level-weight W      ties (default: how many person ties) or strength (their summed strength)

Measures:
  --group ATTRIBUTE     the boundary for group measures (default: sector, if there is one; none to turn off)
  --sample K            estimate betweenness, closeness and distances from K sampled people
  --seed N              seed of the sample (default 1)
  --exact               compute them exactly (the default up to 5,000 people; above, --sample 500)
  --weighted-routes     shortest routes by tie strength (length 1/strength) instead of by steps
  --threads N           worker threads for exact betweenness (default: all cores)

Output:
  --format F            json (default) or csv (one row a person a wave)
  -o, --out FILE        write to FILE instead of standard output
  --strict              exit 2 if any row was rejected
  --rejected FILE       write the rejected rows as CSV (file, row, column, reason)
  -h, --help            this help
  --version             the version and the output schema version

Report (kith report, the printable page; the options above apply too):
  --at WAVE             the wave the report is about (default: the latest; all pools every wave)
  --pseudonymise        codes for names; groups of fewer than 5 people merged or withheld
  --date YYYY-MM-DD     the date printed on the report (default: today)

Exit codes: 0 done, 2 bad input, 1 internal error.
`;
