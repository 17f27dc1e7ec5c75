# Turns a program's --help into a manual page, so that the page says what the options' own
# descriptions say and cannot drift from them. POSIX awk (Debian's mawk).
#   awk -v prog=relaisd -v section=8 -v version=0.1.0 -v date=2026-12-04 \
#       -v manual="System Administration" -v page=deploy/man/relaisd.8.roff \
#       -f help2roff.awk HELP_TEXT > relaisd.8
# HELP_TEXT is the output of `PROG --help`. It understands the layouts of Boost.ProgramOptions,
# QCommandLineParser and relais's own usage text:
#   Usage: PROG ARGS          the SYNOPSIS
#   Heading:                  a section (Options, Commands, Environment) or a subsection
#     -o, --option ARG  text  an item, continued on lines indented further
#     NAME              text  an item (an environment variable)
#     relais cmd ARGS         a command line
#   other text                a paragraph
# PAGE is roff written by hand: NAME's one line (`.\" name: ...`), the DESCRIPTION, FILES and
# SEE ALSO. The help goes where it says `.\" @HELP@`.

function esc(s) {
  gsub(/\\/, "\\e", s)
  gsub(/-/, "\\-", s)
  return s
}

# A roff text line: a leading . or ' would be read as a request.
function text(s) {
  s = esc(s)
  if (s ~ /^[.']/) s = "\\&" s
  return s
}

# Options in bold, placeholders (ARG, <DIR>, arg) in italics, the rest as it is.
function words(s,    n, i, w, out, core, head, tail) {
  n = split(s, parts, / +/)
  out = ""
  for (i = 1; i <= n; i++) {
    w = parts[i]
    head = ""
    tail = ""
    while (w ~ /^[[(]/) { head = head substr(w, 1, 1); w = substr(w, 2) }
    while (w ~ /[]),;:|]$/) { tail = substr(w, length(w)) tail; w = substr(w, 1, length(w) - 1) }
    if (w ~ /^-/) core = "\\fB" esc(w) "\\fR"
    else if (w ~ /^<[^>]*>$/ || w == "arg" || w ~ /^[A-Z][A-Z0-9_]*(\.\.\.)?$/) core = "\\fI" esc(w) "\\fR"
    else core = esc(w)
    gsub(/\|/, "|\\:", core)  # alternatives may break after each bar
    out = out (i > 1 ? " " : "") esc(head) core esc(tail)
  }
  return out
}

function heading(t,    first) {
  close_list()
  first = t
  sub(/[ (:].*$/, "", first)
  if (t == first ":" && (first == "Options" || first == "Commands" || first == "Environment")) {
    section_head(toupper(first))
  } else {
    sub(/:$/, "", t)
    if (t ~ /^Options/) section_head("OPTIONS")
    print ".SS \"" esc(t) "\""
  }
}

function section_head(name) {
  if (current == name) return
  print ".SH " name
  current = name
}

# The description of the item being read, printed when the next thing starts.
function flush() {
  if (body != "") print text(body)
  body = ""
  item = 0
}

function close_list() {
  flush()
  if (in_commands) print ".PD"
  in_commands = 0
}

# An item: options or a name, and a description that may continue on the lines below.
function start_item(tag, first_line) {
  close_list()
  if (tag ~ /^-/ && current != "OPTIONS" && current !~ /^(COMMANDS|ENVIRONMENT)$/) section_head("OPTIONS")
  print ".TP"
  if (current == "ENVIRONMENT") print "\\fB" esc(tag) "\\fR"
  else print words(tag)
  body = first_line
  last = $0
  item = 1
}

# A continuation line. Boost.ProgramOptions cuts a word longer than half the column at the
# edge, which leaves a full line without a trailing space; so does a line that just filled up.
# Only long paths and addresses are cut like that, so a full line ending in one is glued.
function continue_item(line,    full) {
  full = length(last) >= 79 && last !~ / $/ && last ~ /[^ ]*[\/.][^ ]*$/
  sub(/^ +/, "", line)
  body = body (body == "" || full ? "" : " ") line
  sub(/ +$/, "", body)
  last = $0
}

# "  relais join ROOM [--invite CODE]": the command's words in bold, its arguments after.
function command_line(s,    n, i, w, cmd, rest) {
  flush()
  if (!in_commands) { print ".PD 0"; in_commands = 1 }
  n = split(s, parts, / +/)
  cmd = ""
  for (i = 1; i <= n; i++) {
    w = parts[i]
    if (w !~ /^[a-z][a-z0-9-]*$/) break
    cmd = cmd (cmd == "" ? "" : " ") w
  }
  rest = ""
  for (; i <= n; i++) rest = rest (rest == "" ? "" : " ") parts[i]
  print ".IP \"\" 4"
  print "\\fB" esc(cmd) "\\fR" (rest == "" ? "" : " " words(rest))
}

BEGIN {
  if (prog == "" || section == "" || page == "") {
    print "help2roff.awk: set prog, section and page" > "/dev/stderr"
    failed = 1
    exit 2
  }
  while ((getline line < page) > 0) {
    if (line ~ /^\.\\" name: /) { name = line; sub(/^\.\\" name: /, "", name); continue }
    if (line ~ /^\.\\" @HELP@/) { at_help = 1; continue }
    if (at_help) after[++n_after] = line
    else before[++n_before] = line
  }
  close(page)
  if (name == "" || !at_help) {
    print "help2roff.awk: " page " needs a '.\\\" name: ' line and a '.\\\" @HELP@' line" > "/dev/stderr"
    failed = 1
    exit 2
  }
  base = page
  sub(/.*\//, "", base)
  print ".\\\" Generated from `" prog " --help` and deploy/man/" base " by deploy/man/help2roff.awk."
  print ".TH " toupper(prog) " " section " \"" date "\" \"Relais " version "\" \"" manual "\""
  print ".nh"
  print ".ad l"
  print ".SH NAME"
  print esc(prog) " \\- " esc(name)
}

NR == 1 {
  if ($0 !~ /^Usage: /) {
    print "help2roff.awk: the help does not start with 'Usage: '" > "/dev/stderr"
    failed = 1
    exit 2
  }
  usage = $0
  sub(/^Usage: [^ ]+ */, "", usage)
  print ".SH SYNOPSIS"
  print "\\fB" esc(prog) "\\fR " words(usage)
  section_head("DESCRIPTION")
  for (i = 1; i <= n_before; i++) print before[i]
  next
}

/^[ \t]*$/ { close_list(); paragraph = 0; next }

item && /^        +[^ ]/ { continue_item($0); next }

/^[^ ].*:$/ { heading($0); paragraph = 0; next }

/^ [ ]?[ ]?[ ]?[ ]?[ ]?[^ ]/ {
  line = $0
  sub(/^ +/, "", line)
  sub(/ +$/, "", line)
  split_at = index(line, "  ")
  if (line ~ ("^" prog " ") || (split_at == 0 && line !~ /^-/)) {
    command_line(line)
  } else if (split_at > 0) {
    rest = substr(line, split_at)
    sub(/^ +/, "", rest)
    start_item(substr(line, 1, split_at - 1), rest)
  } else {
    start_item(line, "")
  }
  next
}

{
  close_list()
  if (!paragraph) print ".PP"
  line = $0
  sub(/ +$/, "", line)
  print text(line)
  paragraph = 1
}

END {
  if (failed) exit 2
  close_list()
  for (i = 1; i <= n_after; i++) print after[i]
}
