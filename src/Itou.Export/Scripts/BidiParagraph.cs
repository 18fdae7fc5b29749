namespace Itou.Export.Scripts;

/// <summary>
/// One paragraph through the Unicode Bidirectional Algorithm (UAX #9, Unicode 15.0): the paragraph
/// level (P2–P3), explicit levels (X1–X8), removed formatting characters (X9), isolating run sequences
/// (X10) resolved by <see cref="BidiRunSequence"/> (W1–I2); lines then take <see cref="LineLevels"/> (L1)
/// and <see cref="VisualOrder"/> (L2). Positions are UTF-16 code units when built from text: both halves
/// of a surrogate pair carry the class of their character. Our own implementation: ICU4N, the served
/// port of ICU, had no bidi class in its alpha, weighed 28 MB and crashed under Native AOT.
/// </summary>
internal sealed class BidiParagraph
{
    /// <summary>Deepest embedding level (BD2).</summary>
    public const int MaxDepth = 125;

    private readonly BidiClass[] initial;
    private readonly byte[] levels;

    private BidiParagraph(BidiClass[] initial, byte level)
    {
        this.initial = initial;
        Level = level;
        levels = new byte[initial.Length];
    }

    /// <summary>The paragraph embedding level: 0 left to right, 1 right to left.</summary>
    public byte Level { get; }

    /// <summary>The resolved level of each position (before L1); a character removed by X9 has its neighbour's.</summary>
    public IReadOnlyList<byte> Levels => levels;

    /// <summary>True when position <paramref name="i"/> holds a character removed by X9 (no level of its own).</summary>
    public bool IsRemoved(int i) => BidiClasses.IsRemovedByX9(initial[i]);

    /// <summary>
    /// Resolves <paramref name="text"/>; <paramref name="paragraphLevel"/> 0 or 1 forces the direction,
    /// null takes it from the first strong character (P2–P3, left to right when there is none).
    /// </summary>
    public static BidiParagraph Resolve(string text, byte? paragraphLevel)
    {
        var classes = new BidiClass[text.Length];
        var plain = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = CodePointAt(text, i);
            classes[i] = BidiData.ClassOf(c);
            plain &= classes[i] is not (BidiClass.R or BidiClass.AL or BidiClass.AN) && classes[i] < BidiClass.LRE;
            if (c > 0xFFFF)
                classes[++i] = classes[i - 1];
        }
        // Most paragraphs hold no right-to-left character nor control: every level is the paragraph's.
        if (plain && paragraphLevel is null or 0)
            return new BidiParagraph(classes, 0);
        var codePoints = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
            codePoints[i] = CodePointAt(text, i);
        return Resolve(classes, codePoints, paragraphLevel);
    }

    private static int CodePointAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];

    /// <summary>Resolves classes (with the characters, for paired brackets; none when empty).</summary>
    public static BidiParagraph Resolve(BidiClass[] classes, ReadOnlySpan<int> codePoints, byte? paragraphLevel)
    {
        var matchingPdi = MatchingPdis(classes);
        var paragraph = new BidiParagraph(classes, paragraphLevel ?? FirstStrongLevel(classes, matchingPdi, 0, classes.Length, 0));
        var types = (BidiClass[])classes.Clone();
        paragraph.ExplicitLevels(types, matchingPdi);
        // sos and eos are taken from the explicit levels, before any sequence resolves its own.
        var explicitLevels = (byte[])paragraph.levels.Clone();
        foreach (var sequence in paragraph.RunSequences(matchingPdi))
            new BidiRunSequence(sequence, types, classes, explicitLevels, codePoints, paragraph.Level).Resolve(paragraph.levels);
        paragraph.LevelRemovedCharacters();
        return paragraph;
    }

    /// <summary>
    /// P2–P3 over [<paramref name="start"/>, <paramref name="end"/>): 1 when the first strong character
    /// (isolates skipped) is R or AL, 0 when it is L, <paramref name="fallback"/> when there is none.
    /// </summary>
    private static byte FirstStrongLevel(BidiClass[] classes, int[] matchingPdi, int start, int end, byte fallback)
    {
        for (var i = start; i < end; i++)
        {
            switch (classes[i])
            {
                case BidiClass.L: return 0;
                case BidiClass.R or BidiClass.AL: return 1;
                case BidiClass.B: return fallback;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (matchingPdi[i] < 0)
                        return fallback;
                    i = matchingPdi[i];
                    break;
            }
        }
        return fallback;
    }

    /// <summary>BD9: the position of the PDI matching each isolate initiator (-1 for none, and for other characters).</summary>
    private static int[] MatchingPdis(BidiClass[] classes)
    {
        var matching = new int[classes.Length];
        Array.Fill(matching, -1);
        var open = new Stack<int>();
        for (var i = 0; i < classes.Length; i++)
        {
            if (BidiClasses.IsIsolateInitiator(classes[i]))
                open.Push(i);
            else if (classes[i] == BidiClass.PDI && open.Count > 0)
                matching[open.Pop()] = i;
            else if (classes[i] == BidiClass.B)
                open.Clear();
        }
        return matching;
    }

    /// <summary>X1–X8: the explicit embedding level of every character, with overrides applied to <paramref name="types"/>.</summary>
    private void ExplicitLevels(BidiClass[] types, int[] matchingPdi)
    {
        var stack = new Stack<(byte Level, BidiClass Override, bool Isolate)>();
        stack.Push((Level, BidiClass.ON, false));
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;
        for (var i = 0; i < types.Length; i++)
        {
            var top = stack.Peek();
            var type = initial[i];
            levels[i] = top.Level;
            switch (type)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                    var embedded = NextLevel(top.Level, type is BidiClass.RLE or BidiClass.RLO);
                    if (embedded <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        stack.Push((embedded, type == BidiClass.RLO ? BidiClass.R : type == BidiClass.LRO ? BidiClass.L : BidiClass.ON, false));
                    else if (overflowIsolates == 0)
                        overflowEmbeddings++;
                    break;
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                    if (top.Override != BidiClass.ON)
                        types[i] = top.Override;
                    var rtl = type == BidiClass.RLI
                        || (type == BidiClass.FSI && FirstStrongLevel(initial, matchingPdi, i + 1, matchingPdi[i] < 0 ? initial.Length : matchingPdi[i], 0) == 1);
                    var isolated = NextLevel(top.Level, rtl);
                    if (isolated <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        stack.Push((isolated, BidiClass.ON, true));
                    }
                    else
                    {
                        overflowIsolates++;
                    }
                    break;
                case BidiClass.PDI:
                    if (overflowIsolates > 0)
                    {
                        overflowIsolates--;
                    }
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stack.Peek().Isolate)
                            stack.Pop();
                        stack.Pop();
                        validIsolates--;
                    }
                    top = stack.Peek();
                    levels[i] = top.Level;
                    if (top.Override != BidiClass.ON)
                        types[i] = top.Override;
                    break;
                case BidiClass.PDF:
                    if (overflowIsolates > 0)
                        break;
                    if (overflowEmbeddings > 0)
                        overflowEmbeddings--;
                    else if (!top.Isolate && stack.Count >= 2)
                        stack.Pop();
                    break;
                case BidiClass.B:
                    levels[i] = Level;
                    break;
                case BidiClass.BN:
                    break;
                default:
                    if (top.Override != BidiClass.ON)
                        types[i] = top.Override;
                    break;
            }
        }
    }

    private static byte NextLevel(byte level, bool odd) => (byte)(odd ? (level + 1) | 1 : (level + 2) & ~1);

    /// <summary>BD13 and X10: the isolating run sequences, each a list of positions (removed characters left out).</summary>
    private List<List<int>> RunSequences(int[] matchingPdi)
    {
        var sequences = new List<List<int>>();
        // The sequence that continues at each matching PDI.
        var continuedAt = new Dictionary<int, List<int>>();
        List<int>? current = null;
        var runLevel = -1;
        for (var i = 0; i < initial.Length; i++)
        {
            if (BidiClasses.IsRemovedByX9(initial[i]))
                continue;
            if (current is null || levels[i] != runLevel)
            {
                // A new level run: it goes on the sequence of its isolate initiator when it starts with the matching PDI.
                if (initial[i] != BidiClass.PDI || !continuedAt.Remove(i, out current))
                    sequences.Add(current = []);
                runLevel = levels[i];
            }
            current.Add(i);
            if (BidiClasses.IsIsolateInitiator(initial[i]) && matchingPdi[i] >= 0)
            {
                continuedAt[matchingPdi[i]] = current;
                current = null;
            }
        }
        return sequences;
    }

    // A removed character takes the level of the character before it, so it stays in that character's run
    // (a joiner inside an Arabic word); at the start of the paragraph, the paragraph's level.
    private void LevelRemovedCharacters()
    {
        for (var i = 0; i < levels.Length; i++)
        {
            if (BidiClasses.IsRemovedByX9(initial[i]))
                levels[i] = i > 0 ? levels[i - 1] : Level;
        }
    }

    /// <summary>
    /// L1 for the line [<paramref name="start"/>, <paramref name="end"/>): segment and paragraph separators,
    /// and the whitespace and isolate controls before them or at the end of the line, go back to the paragraph level.
    /// </summary>
    public byte[] LineLevels(int start, int end)
    {
        var line = levels.AsSpan(start, end - start).ToArray();
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var type = initial[i];
            if (type is BidiClass.S or BidiClass.B)
            {
                line[i - start] = Level;
                trailing = true;
            }
            else if (type is BidiClass.WS || BidiClasses.IsIsolateInitiator(type) || type == BidiClass.PDI || BidiClasses.IsRemovedByX9(type))
            {
                if (trailing)
                    line[i - start] = Level;
            }
            else
            {
                trailing = false;
            }
        }
        return line;
    }

    /// <summary>L2: the positions of a line from left to right, given the line's levels.</summary>
    public static int[] VisualOrder(ReadOnlySpan<byte> lineLevels)
    {
        var order = new int[lineLevels.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        if (lineLevels.Length == 0)
            return order;
        byte highest = 0, lowestOdd = byte.MaxValue;
        foreach (var level in lineLevels)
        {
            highest = Math.Max(highest, level);
            if ((level & 1) == 1)
                lowestOdd = Math.Min(lowestOdd, level);
        }
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (lineLevels[i] < level)
                    continue;
                var runEnd = i;
                while (runEnd < order.Length && lineLevels[runEnd] >= level)
                    runEnd++;
                // Slots keep their level: a reversed run lies wholly inside the runs of lower levels.
                order.AsSpan(i, runEnd - i).Reverse();
                i = runEnd;
            }
        }
        return order;
    }
}
