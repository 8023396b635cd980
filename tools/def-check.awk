# def-check.awk - the mapping and comparison half of tools/def-check.sh
# (which describes the rules).  POSIX awk (Debian's mawk will do).  Input,
# in passes named by `pass=`:
#   abbrev      the annotated assembly (gcc -g -gdwarf-4 -dA -S): which
#               abbreviation codes have children
#   info        the same file: its .debug_info DIEs
#   names       the declared names, the K-th one's type is __def_check_K's
#   undeclared  NAME<TAB>compiler message
#   def         the .def's lines: FUNC NAME SIG, FUNC_AS NAME HOST SIG,
#               GUEST NAME, DATA NAME
# The comment marker of the assembly is "#" (x86-64) or "//" (arm64).

function hexval(s,   n, i, d) {
    s = tolower(s)
    if (s !~ /^0x/)
        return s + 0
    n = 0
    for (i = 3; i <= length(s); i++) {
        d = index("0123456789abcdef", substr(s, i, 1)) - 1
        if (d < 0)
            break
        n = n * 16 + d
    }
    return n
}

# The comment of an assembly line (MARKER: "#" or "//", from the
# abbreviations' first line), and what comes before it.
function split_comment(line,   c) {
    c = index(line, MARKER)
    if (c == 0) {
        OPERAND = line
        COMMENT = ""
    } else {
        OPERAND = substr(line, 1, c - 1)
        COMMENT = substr(line, c)
    }
}

pass == "abbrev" {
    if ($0 ~ /\.section[ \t]/)
        in_abbrev = ($0 ~ /\.debug_abbrev/)
    if (!in_abbrev)
        next
    if ($0 ~ /\(abbrev code\)/) {
        cur_abbrev = tolower($2)
        if (MARKER == "")
            MARKER = ($0 ~ /\/\/ \(abbrev code\)/) ? "//" : "#"
    }
    else if ($0 ~ /DW_children_yes/)
        has_kids[cur_abbrev] = 1
    next
}

pass == "info" {
    if ($0 ~ /^[ \t]*\.(section|text|data|bss)/)
        in_info = ($0 ~ /\.debug_info/)
    if (!in_info)
        next
    if (match($0, /\(DIE \(0x[0-9a-f]+\) DW_TAG_[a-z_0-9]+\)/)) {
        s = substr($0, RSTART + 6, RLENGTH - 7)
        split(s, w, /[) ]+/)
        die = w[1]
        tag[die] = substr(w[2], 8)
        parent = depth > 0 ? stack[depth] : ""
        if (parent != "") {
            nkids[parent]++
            kid[parent, nkids[parent]] = die
        }
        if (has_kids[tolower($2)])
            stack[++depth] = die
        next
    }
    if ($0 ~ /end of children of DIE/) {
        depth--
        next
    }
    if (die == "" || !match($0, /DW_AT_[a-z_0-9]+/))
        next
    at = substr($0, RSTART + 6, RLENGTH - 6)
    split_comment($0)
    nops = split(OPERAND, op, /[ \t]+/)
    val = ""
    for (i = 1; i <= nops; i++)
        if (op[i] != "" && op[i] !~ /^\./) {
            val = op[i]
            break
        }
    if (val == "" && match(COMMENT, /\(0x[0-9a-f]+\)|\([0-9]+\)/))
        val = substr(COMMENT, RSTART + 1, RLENGTH - 2)
    if (at == "name") {
        if (match(COMMENT, /DW_AT_name: ".*"/))
            name[die] = substr(COMMENT, RSTART + 13, RLENGTH - 14)
        else if (match(OPERAND, /".*"/)) {
            s = substr(OPERAND, RSTART + 1, RLENGTH - 2)
            sub(/\\0$/, "", s)
            name[die] = s
        }
    } else if (at == "type")
        type[die] = tolower(val)
    else if (at == "byte_size")
        size[die] = hexval(val)
    else if (at == "encoding")
        enc[die] = hexval(val)
    else if (at == "data_member_location")
        loc[die] = hexval(val)
    else if (at == "bit_size" || at == "data_bit_offset")
        bitfield[die] = 1
    else if (at == "prototyped")
        proto[die] = 1
    else if (at == "declaration")
        incomplete[die] = 1
    next
}

pass == "names" {
    probe_name[FNR] = $0
    next
}

pass == "undeclared" {
    split($0, w, "\t")
    undeclared[w[1]] = substr($0, length(w[1]) + 2)
    next
}

pass == "def" {
    ndef++
    def_line[ndef] = $0
    next
}

# --- types ------------------------------------------------------------------

function is_qualifier(t) {
    return tag[t] == "typedef" || tag[t] == "const_type" || tag[t] == "volatile_type" ||
        tag[t] == "restrict_type" || tag[t] == "atomic_type"
}

# The type under typedefs and qualifiers ("" is void).
function strip(t) {
    while (t != "" && is_qualifier(t))
        t = type[t]
    return t
}

# A va_list: the typedef (arm64: a struct by value), or what it decays to
# as a parameter on x86-64 (a pointer to struct __va_list_tag).
function is_va_list(t,   p) {
    for (; t != "" && is_qualifier(t); t = type[t])
        if (tag[t] == "typedef" && (name[t] == "va_list" || name[t] == "__gnuc_va_list" ||
                                    name[t] == "__builtin_va_list"))
            return 1
    if (t == "")
        return 0
    if (tag[t] == "structure_type" && name[t] == "__va_list")
        return 1
    if (tag[t] == "pointer_type") {
        p = strip(type[t])
        return p != "" && tag[p] == "structure_type" && name[p] == "__va_list_tag"
    }
    return 0
}

function is_funcptr(t) {
    t = strip(t)
    return t != "" && tag[t] == "pointer_type" && strip(type[t]) != "" &&
        tag[strip(type[t])] == "subroutine_type"
}

# A short description of a type, for messages: the typedef's name and what
# it is.
function describe(t,   s) {
    if (t == "")
        return "void"
    if (tag[t] == "typedef")
        return name[t] " = " describe(type[t])
    if (tag[t] == "const_type")
        return "const " describe(type[t])
    if (is_qualifier(t))
        return describe(type[t])
    if (tag[t] == "base_type")
        return name[t]
    if (tag[t] == "pointer_type") {
        s = strip(type[t])
        if (s != "" && tag[s] == "subroutine_type")
            return "function pointer"
        return (s == "" ? "void" : describe(s)) " *"
    }
    if (tag[t] == "structure_type")
        return "struct " (name[t] != "" ? name[t] : "<anonymous>")
    if (tag[t] == "union_type")
        return "union " (name[t] != "" ? name[t] : "<anonymous>")
    if (tag[t] == "enumeration_type")
        return "enum " (name[t] != "" ? name[t] : "<anonymous>")
    if (tag[t] == "array_type")
        return describe(type[t]) "[]"
    return tag[t]
}

# A base type's letter, or "!why".  NOTE is set for the 16-bit rule.
function base_letter(t,   e, n) {
    e = enc[t]
    n = size[t]
    if (e == 4) { # float
        if (name[t] == "long double")
            return "D"
        if (n == 4)
            return "f"
        if (n == 8)
            return "d"
        return "!" name[t]
    }
    if (e == 2 || e == 6 || e == 8) # boolean, signed char, unsigned char
        return n == 1 ? "B" : "!" name[t]
    if (e == 5 || e == 7 || e == 16) { # signed, unsigned, UTF
        if (n == 1)
            return "B"
        if (n == 2) {
            NOTE = name[t] " (16-bit)"
            return e == 5 ? "i" : "u"
        }
        if (n == 4)
            return e == 5 ? "i" : "u"
        if (n == 8)
            return e == 5 ? "l" : "L"
    }
    return "!" name[t]
}

# The letters of a value (a result, an argument, a struct member) or
# "!why".  level 0: a library function's; 1: a callback's (scalars only);
# "member": a struct member's.
function letters(t, level, is_result,   s, p, f, m) {
    if (level == 0 && is_va_list(t))
        return "A"
    s = strip(t)
    if (s == "")
        return is_result ? "v" : "!void"
    if (tag[s] == "base_type") {
        p = base_letter(s)
        if (p == "D" && level != 0)
            return "!long double in a callback or struct"
        return p
    }
    if (tag[s] == "enumeration_type")
        return size[s] == 4 ? "i" : "!enum of " size[s] " bytes"
    if (tag[s] == "pointer_type") {
        p = strip(type[s])
        if (p == "" || tag[p] != "subroutine_type")
            return "p"
        if (level == 1)
            return "!a callback taking or returning a function pointer"
        if (is_result)
            return "!returns a function pointer (" describe(t) ")"
        f = funcsig(p, 1)
        if (f ~ /^!/)
            return "!callback " describe(t) ": " substr(f, 2)
        return "c{" f "}"
    }
    if (tag[s] == "structure_type") {
        if (level != 0)
            return "!struct " name[s] " by value in a callback or struct"
        m = struct_letters(s)
        if (m ~ /^!/)
            return "!" describe(t) " by value: " substr(m, 2)
        return "{" m "}"
    }
    if (tag[s] == "union_type")
        return "!union by value (" describe(t) ")"
    if (tag[s] == "array_type")
        return "!array (" describe(t) ")"
    return "!" describe(t)
}

# A subroutine type's R:ARGS, or "!why".
function funcsig(f, level,   r, a, k, c, n, out) {
    if (!proto[f])
        return "!no prototype (old-style declaration)"
    r = letters(type[f], level, 1)
    if (r ~ /^!/)
        return "!result: " substr(r, 2)
    out = r ":"
    n = 0
    for (k = 1; k <= nkids[f]; k++) {
        c = kid[f, k]
        if (tag[c] == "unspecified_parameters") {
            if (level != 0)
                return "!a variadic callback"
            out = out "V"
            continue
        }
        if (tag[c] != "formal_parameter")
            continue
        n++
        a = letters(type[c], level, 0)
        if (a ~ /^!/)
            return "!argument " n ": " substr(a, 2)
        out = out a
    }
    return out
}

# Flatten struct s (at byte base) into FL_*: member type, absolute offset,
# name.  Returns "" or "!why".
function flatten(s, base,   k, m, t, e) {
    if (incomplete[s])
        return "!incomplete struct"
    for (k = 1; k <= nkids[s]; k++) {
        m = kid[s, k]
        if (tag[m] != "member")
            continue
        if (bitfield[m])
            return "!bit-field member " name[m]
        t = strip(type[m])
        if (t != "" && tag[t] == "structure_type") {
            e = flatten(t, base + loc[m])
            if (e != "")
                return e
            continue
        }
        if (t != "" && tag[t] == "union_type")
            return "!union member " name[m]
        if (t != "" && tag[t] == "array_type")
            return "!array member " name[m]
        FL_n++
        FL_type[FL_n] = type[m]
        FL_off[FL_n] = base + loc[m]
        FL_name[FL_n] = name[m]
    }
    return ""
}

function letter_size(x) {
    if (x ~ /^c/)
        return 8
    if (x == "B")
        return 1
    if (x == "i" || x == "u" || x == "f")
        return 4
    return 8
}

# A struct's flat member letters, checked against its real layout: the
# alphabet lays the letters out with natural alignment.
function struct_letters(s,   e, i, n, x, out, off, al, maxal, offs, lets) {
    FL_n = 0
    e = flatten(s, 0)
    if (e != "")
        return e
    if (FL_n == 0)
        return "!no members"
    n = FL_n
    for (i = 1; i <= n; i++) {
        offs[i] = FL_off[i]
        lets[i] = letters(FL_type[i], "member", 0)
        if (lets[i] ~ /^!/)
            return "!member " FL_name[i] ": " substr(lets[i], 2)
        if (lets[i] ~ /^[{]/)
            return "!member " FL_name[i] " is a struct"
    }
    out = ""
    off = 0
    maxal = 1
    for (i = 1; i <= n; i++) {
        al = letter_size(lets[i])
        off = int((off + al - 1) / al) * al
        if (off != offs[i])
            return "!its layout is not the flat members' natural one (member " i " at " offs[i] ", not " off ")"
        off += al
        if (al > maxal)
            maxal = al
        out = out lets[i]
    }
    off = int((off + maxal - 1) / maxal) * maxal
    if (off != size[s])
        return "!its size " size[s] " is not the flat members' " off
    return out
}

# --- the .def's signatures ---------------------------------------------------

# The end of the {...} group starting at position i of s (the "{").
function group_end(s, i,   d, c) {
    d = 0
    for (; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (c == "{")
            d++
        else if (c == "}" && --d == 0)
            return i
    }
    return 0
}

# Split "R:ARGS" into TOK[0] (result) and TOK[1..n]; returns n, or -1 if
# malformed.
function split_sig(sig,   i, j, c, d, colon, n) {
    d = 0
    colon = 0
    for (i = 1; i <= length(sig); i++) {
        c = substr(sig, i, 1)
        if (c == "{")
            d++
        else if (c == "}")
            d--
        else if (c == ":" && d == 0) {
            colon = i
            break
        }
    }
    if (colon == 0)
        return -1
    TOK[0] = substr(sig, 1, colon - 1)
    n = 0
    i = colon + 1
    while (i <= length(sig)) {
        c = substr(sig, i, 1)
        if (c == "{")
            j = group_end(sig, i)
        else if ((c == "c" || c == "s" || c == "*") && substr(sig, i + 1, 1) == "{")
            j = group_end(sig, i + 1)
        else
            j = i
        if (j == 0)
            return -1
        TOK[++n] = substr(sig, i, j - i + 1)
        i = j + 1
    }
    return n
}

# Check an s{OFF=R:ARGS;OFF=*{MEMBERS}...} argument against the struct its
# pointer type points to.  Returns "" or why not.
function check_fields(tok, t,   s, body, nf, f, i, k, off, want, got, mt, found, p, d, c, listed) {
    s = strip(t)
    s = strip(type[s])
    if (s == "" || tag[s] != "structure_type" || incomplete[s])
        return "points to " (s == "" ? "void" : describe(type[strip(t)])) ", not a struct the checker can see"
    body = substr(tok, 3, length(tok) - 3)
    # Split the fields at top-level ";".
    nf = 0
    d = 0
    f[1] = ""
    for (i = 1; i <= length(body); i++) {
        c = substr(body, i, 1)
        if (c == "{")
            d++
        else if (c == "}")
            d--
        if (c == ";" && d == 0) {
            nf++
            f[nf + 1] = ""
        } else
            f[nf + 1] = f[nf + 1] c
    }
    nf++
    for (k = 1; k <= nf; k++) {
        p = index(f[k], "=")
        off = substr(f[k], 1, p - 1) + 0
        want = substr(f[k], p + 1)
        FL_n = 0
        if (flatten(s, 0) != "")
            return "struct " name[s] " cannot be flattened"
        found = ""
        for (i = 1; i <= FL_n; i++)
            if (FL_off[i] == off) {
                found = FL_type[i]
                mt = FL_name[i]
            }
        if (found == "")
            return "no member of " describe(s) " at offset " off
        if (want ~ /^[*][{]/) {
            p = strip(found)
            if (p == "" || tag[p] != "pointer_type" || strip(type[p]) == "" || tag[strip(type[p])] != "structure_type")
                return "member " mt " at " off " is " describe(found) ", not a pointer to a struct"
            got = struct_letters(strip(type[p]))
            if (got ~ /^!/)
                return "member " mt " at " off ": " substr(got, 2)
            if ("*{" got "}" != want)
                return "member " mt " at " off " points to {" got "}, the .def says " want
        } else {
            if (!is_funcptr(found))
                return "member " mt " at " off " is " describe(found) ", not a function pointer"
            got = funcsig(strip(type[strip(found)]), 1)
            if (got ~ /^!/)
                return "member " mt " at " off ": " substr(got, 2)
            if (got != want)
                return "member " mt " at " off " is " got ", the .def says " want
        }
    }
    # Every function pointer among its own members must be swapped.
    for (k = 1; k <= nf; k++)
        listed[substr(f[k], 1, index(f[k], "=") - 1) + 0] = 1
    FL_n = 0
    if (flatten(s, 0) == "")
        for (i = 1; i <= FL_n; i++)
            if (is_funcptr(FL_type[i]) && !((FL_off[i] + 0) in listed))
                return "member " FL_name[i] " at " FL_off[i] " is a function pointer the .def does not swap"
    return ""
}

function check_copy(tok, t,   s, got) {
    s = strip(type[strip(t)])
    if (s == "" || tag[s] != "structure_type")
        return "points to " (s == "" ? "void" : describe(s)) ", not a struct"
    got = struct_letters(s)
    if (got ~ /^!/)
        return substr(got, 2)
    if ("*{" got "}" != tok)
        return "the struct is {" got "}"
    return ""
}

# Does type t point (through pointers, typedefs and qualifiers) to a
# struct with a function pointer among its members, or their members?
function reaches_funcptr(t, depth,   s, k, m) {
    if (depth > 8)
        return 0
    s = strip(t)
    while (s != "" && (tag[s] == "pointer_type" || tag[s] == "array_type")) {
        if (tag[s] == "pointer_type" && strip(type[s]) != "" && tag[strip(type[s])] == "subroutine_type")
            return 1
        s = strip(type[s])
    }
    if (s == "" || (tag[s] != "structure_type" && tag[s] != "union_type"))
        return 0
    if (s in seen_struct)
        return seen_struct[s]
    seen_struct[s] = 0
    for (k = 1; k <= nkids[s]; k++) {
        m = kid[s, k]
        if (tag[m] == "member" && reaches_funcptr(type[m], depth + 1)) {
            seen_struct[s] = 1
            return 1
        }
    }
    return 0
}

# " [fn-table]" for a pointer to a struct holding function pointers, and
# " [fn-table callback]" for a callback one of whose arguments or result is
# such a pointer.
function table_mark(t,   f, k) {
    if (!is_funcptr(t))
        return reaches_funcptr(t, 0) ? " [fn-table]" : ""
    f = strip(type[strip(t)])
    if (reaches_funcptr(type[f], 0))
        return " [fn-table callback]"
    for (k = 1; k <= nkids[f]; k++)
        if (tag[kid[f, k]] == "formal_parameter" && reaches_funcptr(type[kid[f, k]], 0))
            return " [fn-table callback]"
    return ""
}

# A pointer to a struct with function pointers among its own members
# (nested structs included, not through pointers): their names, or "".
function member_funcptr(t,   s, i, out) {
    s = strip(t)
    if (s == "" || tag[s] != "pointer_type")
        return ""
    s = strip(type[s])
    if (s == "" || tag[s] != "structure_type")
        return ""
    FL_n = 0
    if (flatten(s, 0) != "")
        return ""
    out = ""
    for (i = 1; i <= FL_n; i++)
        if (is_funcptr(FL_type[i]))
            out = out (out == "" ? "" : ", ") FL_name[i] " at " FL_off[i]
    return out
}

# The result's and arguments' types, for DEF_CHECK_VERBOSE=types: "; "
# between them, each with its table_mark.
function types_of(f,   out, k, c) {
    out = describe(type[f]) (is_funcptr(type[f]) ? "" : table_mark(type[f]))
    for (k = 1; k <= nkids[f]; k++) {
        c = kid[f, k]
        if (tag[c] == "unspecified_parameters")
            out = out "; ..."
        else if (tag[c] == "formal_parameter")
            out = out "; " describe(type[c]) table_mark(type[c])
    }
    return out
}

function argname(i) {
    return i == 0 ? "result" : "argument " i
}

# Compare NAME's signature in the .def with its declaration; prints a line
# per problem.  Returns "ok", "mismatch" or "unmappable".
function check_func(nm, sig, shown,   t, f, hdr, n, i, k, kids, why, dt, ht, problem) {
    t = var_type[nm]
    f = strip(type[strip(t)])
    if (tag[strip(t)] != "pointer_type" || f == "" || tag[f] != "subroutine_type") {
        print "MISMATCH " shown ": a FUNC, but the headers declare an object (" describe(type[strip(t)]) ")"
        return "mismatch"
    }
    NOTE = ""
    hdr = funcsig(f, 0)
    if (sig == "?") {
        print "DERIVED " shown ": " (hdr ~ /^!/ ? "unmappable: " substr(hdr, 2) : hdr) \
            (verbose == "types" ? "\t" types_of(f) : "")
        return "derived"
    }
    if (hdr ~ /^!/) {
        print "UNMAPPABLE " shown ": " substr(hdr, 2) "; the .def says " sig
        return "unmappable"
    }
    if (NOTE != "")
        print "NOTE " shown ": " NOTE " mapped to a 32-bit letter (" hdr ")"
    n = split_sig(sig)
    if (n < 0) {
        print "MISMATCH " shown ": the .def's signature " sig " does not parse"
        return "mismatch"
    }
    for (i = 0; i <= n; i++)
        dt[i] = TOK[i]
    k = split_sig(hdr)
    for (i = 0; i <= k; i++)
        ht[i] = TOK[i]
    # The types of the parameters, for s{...} and *{...}.
    kids = 0
    for (i = 1; i <= nkids[f]; i++)
        if (tag[kid[f, i]] == "formal_parameter")
            ptype[++kids] = type[kid[f, i]]
    problem = ""
    if (n != k)
        problem = n " arguments in the .def, " k " in the header"
    for (i = 0; i <= n && i <= k && problem == ""; i++) {
        if (dt[i] == ht[i]) {
            if (i > 0 && dt[i] == "p" && (why = member_funcptr(ptype[i])) != "") {
                problem = argname(i) " (" describe(ptype[i]) "): .def p, but the struct holds function pointers (" \
                    why "): s{...} swaps them"
                break
            }
            if (i > 0 && dt[i] == "p" && reaches_funcptr(ptype[i], 0))
                print "NOTE " shown ": " argname(i) " (" describe(ptype[i]) \
                    ") leads to function pointers, passed as they are (p): right only if the library alone sets them"
            continue
        }
        if (i > 0 && ht[i] == "p" && dt[i] ~ /^s[{]/) {
            why = check_fields(dt[i], ptype[i])
            if (why != "")
                problem = argname(i) " (" describe(ptype[i]) "): " why
            continue
        }
        if (i > 0 && ht[i] == "p" && dt[i] ~ /^[*][{]/) {
            why = check_copy(dt[i], ptype[i])
            if (why != "")
                problem = argname(i) " (" describe(ptype[i]) "): " why
            continue
        }
        problem = argname(i) " (" (i == 0 ? describe(type[f]) : (ht[i] == "V" ? "..." : describe(ptype[i]))) \
            "): .def " dt[i] ", header " ht[i]
    }
    if (problem != "") {
        print "MISMATCH " shown ": .def " sig ", header " hdr ": " problem
        return "mismatch"
    }
    return "ok"
}

END {
    for (k in probe_name)
        var_name["__def_check_" k] = probe_name[k]
    for (d in tag)
        if (tag[d] == "variable" && (name[d] in var_name))
            var_type[var_name[name[d]]] = type[d]
    nfunc = nok = nmis = nunm = nund = nguest = ndata = 0
    for (i = 1; i <= ndef; i++) {
        nw = split(def_line[i], w, /[ \t]+/)
        kind = w[1]
        nm = w[2]
        if (kind == "GUEST") {
            nguest++
            continue
        }
        if (kind == "DATA") {
            ndata++
            if (nm in undeclared) {
                print "UNDECLARED " nm ": DATA not declared by the headers (" undeclared[nm] ")"
                nund++
                continue
            }
            t = strip(var_type[nm])
            p = strip(type[t])
            if (p != "" && tag[p] == "subroutine_type") {
                print "MISMATCH " nm ": DATA, but the headers declare a function"
                nmis++
            }
            continue
        }
        nfunc++
        if (kind == "FUNC_AS") {
            host = w[3]
            sig = w[4]
        } else {
            host = ""
            sig = w[3]
        }
        if (nm in undeclared) {
            print "UNDECLARED " nm ": not declared by the headers (" undeclared[nm] ")"
            nund++
            continue
        }
        r = check_func(nm, sig, nm)
        if (r == "ok" && host != "") {
            if (host in undeclared) {
                print "UNDECLARED " host ": FUNC_AS(" nm ")'s host function is not declared by the headers"
                nund++
                continue
            }
            hsig = sig
            sub(/A$/, "V", hsig)
            r = check_func(host, hsig, nm " (its host twin " host ")")
        }
        if (r == "ok" && verbose != "")
            print "OK " nm ": " sig
        if (r == "derived")
            nderived++
        else if (r == "ok")
            nok++
        else if (r == "mismatch")
            nmis++
        else
            nunm++
    }
    printf "def-check: %s: %d functions: %d match, %d mismatch, %d unmappable, %d undeclared; %d GUEST skipped; %d DATA%s\n",
        defname, nfunc, nok, nmis, nunm, nund, nguest, ndata, nderived ? "; " nderived " derived (\"?\")" : ""
    exit (nmis > 0 || nund > 0) ? 1 : 0
}
