namespace Itou.Export.Scripts;

/// <summary>
/// A byte-valued Unicode property for every code point, in two stages: a block index per 128 code
/// points, then the blocks themselves, each distinct block stored once (most are all one value).
/// About 40 KB for Bidi_Class or Script, looked up with two array reads.
/// </summary>
internal sealed class BidiPropertyTable
{
    private const int BlockShift = 7;
    private const int BlockSize = 1 << BlockShift;
    private const int CodePoints = 0x110000;

    private readonly ushort[] blockIndex;
    private readonly byte[] blocks;

    /// <summary>Builds the table from ranges (first, last, value); code points in no range get <paramref name="fallback"/>.</summary>
    public BidiPropertyTable(IEnumerable<(int First, int Last, byte Value)> ranges, byte fallback)
    {
        var all = new byte[CodePoints];
        Array.Fill(all, fallback);
        foreach (var (first, last, value) in ranges)
            all.AsSpan(first, last - first + 1).Fill(value);
        blockIndex = new ushort[CodePoints / BlockSize];
        var distinct = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var stored = new List<byte>();
        for (var b = 0; b < blockIndex.Length; b++)
        {
            var block = all.AsSpan(b * BlockSize, BlockSize);
            var key = Convert.ToBase64String(block);
            if (!distinct.TryGetValue(key, out var index))
            {
                distinct[key] = index = (ushort)distinct.Count;
                stored.AddRange(block);
            }
            blockIndex[b] = index;
        }
        blocks = [.. stored];
    }

    /// <summary>The value of <paramref name="codePoint"/> (the fallback outside the code space).</summary>
    public byte this[int codePoint] =>
        (uint)codePoint < CodePoints ? blocks[(blockIndex[codePoint >> BlockShift] << BlockShift) | (codePoint & (BlockSize - 1))] : blocks[0];
}
