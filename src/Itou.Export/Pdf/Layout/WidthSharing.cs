namespace Itou.Export.Pdf.Layout;

/// <summary>Shares a width between fixed, auto and relative items (rows and table columns).</summary>
internal static class WidthSharing
{
    /// <summary>A height that never limits: used to ask content for its natural size.</summary>
    public const float Unbounded = 1_000_000f;

    /// <summary>
    /// Fixed items get their value, auto items their natural width, relative items share what is left
    /// by weight. When fixed and auto items ask for more than there is, they shrink in proportion.
    /// </summary>
    public static float[] Share(float available, IReadOnlyList<RowWidth> kinds, Func<int, float> value, Func<int, float> naturalWidth)
    {
        var widths = new float[kinds.Count];
        for (var i = 0; i < kinds.Count; i++)
        {
            widths[i] = kinds[i] switch
            {
                RowWidth.Fixed => value(i),
                RowWidth.Auto => naturalWidth(i),
                _ => 0,
            };
        }
        var asked = widths.Sum();
        if (asked > available && asked > 0)
        {
            var scale = Math.Max(0, available) / asked;
            for (var i = 0; i < widths.Length; i++)
                widths[i] *= scale;
            return widths;
        }
        // A loop, not a LINQ query: rows and tables are measured again and again, and each query allocated.
        // Summed in double as Enumerable.Sum does, so widths stay the same to the bit.
        double weightSum = 0;
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == RowWidth.Relative)
                weightSum += value(i);
        }
        var weights = (float)weightSum;
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == RowWidth.Relative && weights > 0)
                widths[i] = (available - asked) * value(i) / weights;
        }
        return widths;
    }
}
