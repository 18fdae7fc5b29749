using System.Globalization;
using System.Reflection;

namespace Itou.Export.Scripts;

/// <summary>
/// The Line_Break property of UAX #14 (Unicode 15.0), with three classes the rules tell apart: OPW and
/// CPW (brackets of East Asian width, which LB30 leaves breakable) and IDX (unassigned pictographs, LB30b).
/// SA marks are already CM (LB1).
/// </summary>
internal enum LineBreakClass : byte
{
    XX, BK, CR, LF, NL, SP, ZW, ZWJ, CM, WJ, GL, BA, HY, BB, B2, CB, CL, CP, CPW, EX, IS, SY, OP, OPW,
    QU, NS, CJ, IN, NU, PR, PO, AL, HL, AI, ID, IDX, EB, EM, H2, H3, JL, JV, JT, RI, SA, SG,
}

/// <summary>The class of every code point, read once from the generated table (Data/line-break.txt).</summary>
internal static class LineBreakClasses
{
    private static readonly Lazy<(LineBreakClass[] Bmp, (int Start, int End, LineBreakClass Class)[] Astral)> Table = new(Load);

    /// <summary>The Line_Break class of <paramref name="codePoint"/>.</summary>
    public static LineBreakClass Of(int codePoint)
    {
        var (bmp, astral) = Table.Value;
        if (codePoint < bmp.Length)
            return bmp[codePoint];
        var (low, high) = (0, astral.Length - 1);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (astral[mid].End < codePoint) low = mid + 1;
            else if (astral[mid].Start > codePoint) high = mid - 1;
            else return astral[mid].Class;
        }
        return LineBreakClass.XX;
    }

    // A byte per BMP code point (64 KB) makes the common lookup an index; the rest is searched.
    private static (LineBreakClass[], (int, int, LineBreakClass)[]) Load()
    {
        var bmp = new LineBreakClass[0x10000];
        var astral = new List<(int, int, LineBreakClass)>();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Itou.Export.Scripts.line-break.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
                continue;
            var fields = line.Split(' ');
            var start = int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = int.Parse(fields[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var kind = Enum.Parse<LineBreakClass>(fields[2]);
            if (start >= bmp.Length)
                astral.Add((start, end, kind));
            else
                Array.Fill(bmp, kind, start, Math.Min(end, bmp.Length - 1) - start + 1);
        }
        return (bmp, [.. astral]);
    }
}
