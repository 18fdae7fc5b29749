using static Itou.Export.Scripts.LineBreakClass;

namespace Itou.Export.Scripts;

/// <summary>
/// The pair rules of UAX #14 (Unicode 15.0, LB2 to LB31, numbers as in its Example 7, the tailoring
/// LineBreakTest.txt is written for), applied to the classes of a run of code points. The rules are
/// read left to right with the context they need: the class before a run of spaces (LB8, LB14-LB17),
/// the one before that (LB21a), the number being read (LB25) and the count of regional indicators (LB30a).
/// </summary>
internal static class LineBreakRules
{
    /// <summary>
    /// Sets <paramref name="breakBefore"/>[k] to whether a line may start at code point k of
    /// <paramref name="classes"/> (k &gt; 0; the classes as LB1 resolves them, see <see cref="Resolve"/>).
    /// </summary>
    public static void Apply(ReadOnlySpan<LineBreakClass> classes, Span<bool> breakBefore)
    {
        if (classes.Length == 0)
            return;
        var state = new State(classes[0]);
        for (var k = 1; k < classes.Length; k++)
        {
            var current = classes[k];
            var next = k + 1 < classes.Length ? classes[k + 1] : XX;
            breakBefore[k] = Breaks(state, current, next);
            state = state.After(current);
        }
    }

    /// <summary>LB1: ambiguous, surrogate and unknown characters are alphabetic, SA letters too (a dictionary breaks them later), CJ is NS.</summary>
    public static LineBreakClass Resolve(LineBreakClass c) => c switch
    {
        AI or SG or XX or SA => AL,
        CJ => NS,
        _ => c,
    };

    /// <summary>What the rules remember of the text before the position being decided.</summary>
    private readonly record struct State(LineBreakClass Before, LineBreakClass BeforeSpaces, LineBreakClass TwoBack, bool AfterZwj, int RegionalIndicators, bool InNumber, bool NumberClosed)
    {
        // LB10: a mark or joiner that starts the text is a letter (a joiner still joins, LB8a).
        public State(LineBreakClass first)
            : this(first is CM or ZWJ ? AL : first, first is CM or ZWJ ? AL : first, XX, first == ZWJ, first == RI ? 1 : 0, first == NU, false) { }

        public State After(LineBreakClass current)
        {
            // LB9: marks and joiners take the class of the character they follow.
            if (current is CM or ZWJ && !IsHardOrSpace(Before))
                return this with { AfterZwj = current == ZWJ };
            var effective = current is CM or ZWJ ? AL : current; // LB10
            var (inNumber, closed) = effective switch
            {
                NU => (true, false),
                SY or IS when InNumber => (true, false),
                CL or CP or CPW when InNumber => (false, true),
                _ => (false, false),
            };
            return new State(effective, effective == SP ? BeforeSpaces : effective, Before, current == ZWJ,
                effective == RI ? RegionalIndicators + 1 : 0, inNumber, closed);
        }
    }

    private static bool IsHardOrSpace(LineBreakClass c) => c is BK or CR or LF or NL or SP or ZW;

    private static bool Breaks(in State s, LineBreakClass current, LineBreakClass next)
    {
        var before = s.Before;
        if (before == BK) return true; // LB4
        if (before == CR && current == LF) return false; // LB5
        if (before is CR or LF or NL) return true;
        if (current is BK or CR or LF or NL or SP or ZW) return false; // LB6, LB7
        if (s.BeforeSpaces == ZW && before is ZW or SP) return true; // LB8
        if (s.AfterZwj) return false; // LB8a
        if (current is CM or ZWJ)
        {
            if (!IsHardOrSpace(before)) return false; // LB9
            current = AL; // LB10
        }
        if (current == WJ || before == WJ || before == GL) return false; // LB11, LB12
        if (current == GL && before is not (SP or BA or HY)) return false; // LB12a
        if (current is CL or CP or CPW or EX or IS or SY) return false; // LB13
        if (SpacedPairHolds(s.BeforeSpaces, current)) return false; // LB14 - LB17
        if (before == SP) return true; // LB18
        if (current == QU || before == QU) return false; // LB19
        if (current == CB || before == CB) return true; // LB20
        if (current is BA or HY or NS || before == BB) return false; // LB21
        if (s.TwoBack == HL && before is HY or BA) return false; // LB21a
        if (before == SY && current == HL) return false; // LB21b
        if (current == IN) return false; // LB22
        if (NumberHolds(s, current, next)) return false; // LB23 - LB25
        return !PairHolds(before, current, s.RegionalIndicators);
    }

    // "X SP* × Y": an opening bracket, a quote before an opening bracket, a closing bracket before NS, B2 B2.
    private static bool SpacedPairHolds(LineBreakClass beforeSpaces, LineBreakClass current) =>
        beforeSpaces is OP or OPW
        || (beforeSpaces == QU && current is OP or OPW)
        || (beforeSpaces is CL or CP or CPW && current == NS)
        || (beforeSpaces == B2 && current == B2);

    private static bool NumberHolds(in State s, LineBreakClass current, LineBreakClass next)
    {
        var before = s.Before;
        return (before is AL or HL && current == NU) || (before == NU && current is AL or HL) // LB23
            || (before == PR && current is ID or IDX or EB or EM) || (before is ID or IDX or EB or EM && current == PO) // LB23a
            || (before is PR or PO && current is AL or HL) || (before is AL or HL && current is PR or PO) // LB24
            || (before is PR or PO && current == NU) // LB25, Example 7
            || (before is PR or PO && current is OP or OPW or HY && next == NU)
            || (before is OP or OPW or HY && current == NU)
            || (s.InNumber && current is NU or SY or IS)
            || ((s.InNumber || s.NumberClosed) && current is PO or PR);
    }

    private static bool PairHolds(LineBreakClass before, LineBreakClass current, int regionalIndicators) =>
        (before == JL && current is JL or JV or H2 or H3) // LB26
        || (before is JV or H2 && current is JV or JT)
        || (before is JT or H3 && current == JT)
        || (before is JL or JV or JT or H2 or H3 && current == PO) // LB27
        || (before == PR && current is JL or JV or JT or H2 or H3)
        || (before is AL or HL && current is AL or HL) // LB28
        || (before == IS && current is AL or HL) // LB29
        || (before is AL or HL or NU && current == OP) // LB30
        || (before == CP && current is AL or HL or NU)
        || (before == RI && current == RI && regionalIndicators % 2 == 1) // LB30a
        || (before is EB or IDX && current == EM); // LB30b
}
