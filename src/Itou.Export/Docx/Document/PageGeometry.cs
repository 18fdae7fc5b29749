using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Theming;

namespace Itou.Export.Docx.Document;

/// <summary>The page the theme asks for, in the units WordprocessingML counts in.</summary>
internal sealed record PageGeometry(int WidthTwips, int HeightTwips, int TopTwips, int RightTwips, int BottomTwips, int LeftTwips)
{
    /// <summary>English metric units per twip (914400 per inch, 1440 twips per inch).</summary>
    public const long EmuPerTwip = 635;

    /// <summary>Width between the margins.</summary>
    public int TextWidthTwips => WidthTwips - LeftTwips - RightTwips;

    /// <summary>Height between the margins.</summary>
    public int TextHeightTwips => HeightTwips - TopTwips - BottomTwips;

    /// <summary>Width between the margins, in EMU (the unit of drawings).</summary>
    public long TextWidthEmu => TextWidthTwips * EmuPerTwip;

    /// <summary>Height between the margins, in EMU.</summary>
    public long TextHeightEmu => TextHeightTwips * EmuPerTwip;

    public static PageGeometry From(Theme theme)
    {
        var (width, height) = theme.PageSize == Theming.PageSize.Letter ? (12240, 15840) : (11906, 16838);
        var m = theme.Margins;
        return new PageGeometry(width, height, Twips(m.Top), Twips(m.Right), Twips(m.Bottom), Twips(m.Left));
    }

    /// <summary>A fresh section description: page size and margins, header and footer half a margin from the edge.</summary>
    public SectionProperties Section() => new(
        new DocumentFormat.OpenXml.Wordprocessing.PageSize { Width = (UInt32Value)(uint)WidthTwips, Height = (UInt32Value)(uint)HeightTwips },
        new PageMargin
        {
            Top = TopTwips, Bottom = BottomTwips, Left = (uint)LeftTwips, Right = (uint)RightTwips,
            Header = (uint)(TopTwips / 2), Footer = (uint)(BottomTwips / 2), Gutter = 0,
        });

    private static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);
}
