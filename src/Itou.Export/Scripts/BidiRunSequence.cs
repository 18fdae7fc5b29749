namespace Itou.Export.Scripts;

/// <summary>
/// One isolating run sequence of a paragraph (BD13), resolved by rules W1–W7 (weak types), N0 (paired
/// brackets), N1–N2 (neutrals) and I1–I2 (implicit levels). Removed characters are not in the sequence,
/// so "adjacent" in these rules skips them, as X9 asks.
/// </summary>
internal sealed class BidiRunSequence
{
    /// <summary>Deepest nesting of brackets BD16 follows.</summary>
    private const int MaxBracketDepth = 63;

    private readonly List<int> positions;
    private readonly BidiClass[] types;
    private readonly BidiClass[] initial;
    private readonly int[] codePoints;
    private readonly byte level;
    private readonly BidiClass sos;
    private readonly BidiClass eos;

    /// <summary>
    /// The sequence at <paramref name="positions"/>: <paramref name="types"/> is every character's type after
    /// X1–X8, <paramref name="initial"/> its Bidi_Class, <paramref name="explicitLevels"/> its level after X1–X8.
    /// </summary>
    public BidiRunSequence(List<int> positions, BidiClass[] types, BidiClass[] initial, byte[] explicitLevels, ReadOnlySpan<int> codePoints, byte paragraphLevel)
    {
        this.positions = positions;
        this.initial = initial;
        this.codePoints = codePoints.IsEmpty ? [] : Pick(codePoints, positions);
        this.types = new BidiClass[positions.Count];
        for (var k = 0; k < positions.Count; k++)
            this.types[k] = types[positions[k]];
        level = explicitLevels[positions[0]];
        var before = positions[0] - 1;
        while (before >= 0 && BidiClasses.IsRemovedByX9(initial[before]))
            before--;
        sos = Direction(Math.Max(level, before >= 0 ? explicitLevels[before] : paragraphLevel));
        var last = positions[^1];
        var after = last + 1;
        while (after < initial.Length && BidiClasses.IsRemovedByX9(initial[after]))
            after++;
        var next = BidiClasses.IsIsolateInitiator(initial[last]) || after >= initial.Length ? paragraphLevel : explicitLevels[after];
        eos = Direction(Math.Max(level, next));
    }

    /// <summary>Applies W1–I2 and writes the resolved level of each position of the sequence into <paramref name="levels"/>.</summary>
    public void Resolve(byte[] levels)
    {
        ResolveWeakTypes();
        ResolvePairedBrackets();
        ResolveNeutrals();
        for (var k = 0; k < types.Length; k++)
        {
            var type = types[k];
            var raise = (level & 1) == 0
                ? type == BidiClass.R ? 1 : type is BidiClass.AN or BidiClass.EN ? 2 : 0
                : type is BidiClass.L or BidiClass.EN or BidiClass.AN ? 1 : 0;
            levels[positions[k]] = (byte)(level + raise);
        }
    }

    private static int[] Pick(ReadOnlySpan<int> all, List<int> positions)
    {
        var picked = new int[positions.Count];
        for (var k = 0; k < picked.Length; k++)
            picked[k] = all[positions[k]];
        return picked;
    }

    private static BidiClass Direction(int level) => (level & 1) == 0 ? BidiClass.L : BidiClass.R;

    /// <summary>The strong direction a resolved type counts as in N0–N2 (numbers count as R), or ON.</summary>
    private static BidiClass StrongOf(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    private void ResolveWeakTypes()
    {
        var n = types.Length;
        for (var k = 0; k < n; k++)
        {
            if (types[k] != BidiClass.NSM)
                continue;
            // W1: a mark takes the type before it; after an isolate initiator or PDI it is a neutral.
            var previous = k == 0 ? sos : types[k - 1];
            types[k] = previous is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : previous;
        }
        var strong = sos;
        for (var k = 0; k < n; k++)
        {
            // W2: a European number after an Arabic letter is an Arabic number. W3: AL is R.
            if (types[k] is BidiClass.L or BidiClass.R or BidiClass.AL)
                strong = types[k];
            if (types[k] == BidiClass.EN && strong == BidiClass.AL)
                types[k] = BidiClass.AN;
        }
        for (var k = 0; k < n; k++)
        {
            if (types[k] == BidiClass.AL)
                types[k] = BidiClass.R;
        }
        for (var k = 1; k < n - 1; k++)
        {
            // W4: one separator between two numbers of the same kind joins them.
            var (before, after) = (types[k - 1], types[k + 1]);
            if (types[k] == BidiClass.ES && before == BidiClass.EN && after == BidiClass.EN)
                types[k] = BidiClass.EN;
            else if (types[k] == BidiClass.CS && before == after && before is BidiClass.EN or BidiClass.AN)
                types[k] = before;
        }
        for (var k = 0; k < n; k++)
        {
            // W5: terminators next to a European number are part of it.
            if (types[k] != BidiClass.ET)
                continue;
            var end = k;
            while (end < n && types[end] == BidiClass.ET)
                end++;
            if ((k > 0 && types[k - 1] == BidiClass.EN) || (end < n && types[end] == BidiClass.EN))
                types.AsSpan(k, end - k).Fill(BidiClass.EN);
            k = end - 1;
        }
        strong = sos;
        for (var k = 0; k < n; k++)
        {
            // W6: other separators and terminators are neutrals. W7: a European number in left-to-right context is L.
            if (types[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
                types[k] = BidiClass.ON;
            if (types[k] is BidiClass.L or BidiClass.R)
                strong = types[k];
            if (types[k] == BidiClass.EN && strong == BidiClass.L)
                types[k] = BidiClass.L;
        }
    }

    /// <summary>N0: each pair of brackets takes the embedding direction, or the other one when its content and context say so.</summary>
    private void ResolvePairedBrackets()
    {
        if (codePoints.Length == 0)
            return;
        var embedding = Direction(level);
        foreach (var (open, close) in BracketPairs())
        {
            var found = BidiClass.ON;
            for (var k = open + 1; k < close && found != embedding; k++)
            {
                var strong = StrongOf(types[k]);
                if (strong != BidiClass.ON)
                    found = strong;
            }
            if (found == BidiClass.ON)
                continue;
            if (found != embedding && ContextBefore(open) != found)
                found = embedding;
            SetBracket(open, found);
            SetBracket(close, found);
        }
    }

    /// <summary>The first strong direction before position <paramref name="k"/> of the sequence, else sos.</summary>
    private BidiClass ContextBefore(int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            var strong = StrongOf(types[j]);
            if (strong != BidiClass.ON)
                return strong;
        }
        return sos;
    }

    // The bracket and the marks that followed it (made neutral by W1) take the direction.
    private void SetBracket(int k, BidiClass direction)
    {
        types[k] = direction;
        for (var j = k + 1; j < types.Length && initial[positions[j]] == BidiClass.NSM; j++)
            types[j] = direction;
    }

    /// <summary>BD16: the bracket pairs of the sequence (positions in it), in the order of their opening bracket.</summary>
    private List<(int Open, int Close)> BracketPairs()
    {
        var pairs = new List<(int Open, int Close)>();
        var openers = new List<(int Closing, int Position)>();
        for (var k = 0; k < types.Length; k++)
        {
            if (types[k] != BidiClass.ON)
                continue;
            var paired = BidiData.PairedBracket(codePoints[k], out var opens);
            if (paired < 0)
                continue;
            if (opens)
            {
                if (openers.Count == MaxBracketDepth)
                    break;
                openers.Add((Canonical(paired), k));
                continue;
            }
            var closing = Canonical(codePoints[k]);
            var match = openers.FindLastIndex(opener => opener.Closing == closing);
            if (match < 0)
                continue;
            pairs.Add((openers[match].Position, k));
            openers.RemoveRange(match, openers.Count - match);
        }
        pairs.Sort();
        return pairs;
    }

    // U+2329 and U+232A are canonically equivalent to U+3008 and U+3009: either closes the other.
    private static int Canonical(int bracket) => bracket switch { 0x2329 => 0x3008, 0x232A => 0x3009, _ => bracket };

    /// <summary>N1–N2: a run of neutrals between two strong types of one direction takes it; otherwise the embedding direction.</summary>
    private void ResolveNeutrals()
    {
        var embedding = Direction(level);
        for (var k = 0; k < types.Length; k++)
        {
            if (!BidiClasses.IsNeutralOrIsolate(types[k]))
                continue;
            var end = k;
            while (end < types.Length && BidiClasses.IsNeutralOrIsolate(types[end]))
                end++;
            var before = k == 0 ? sos : StrongOf(types[k - 1]);
            var after = end == types.Length ? eos : StrongOf(types[end]);
            types.AsSpan(k, end - k).Fill(before == after ? before : embedding);
            k = end - 1;
        }
    }
}
