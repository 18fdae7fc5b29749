using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Theming;

namespace Itou.Export.Docx.Document;

/// <summary>
/// The page of <see cref="Rendering.PageArea"/> in the units WordprocessingML counts in: the margins are
/// the body's edges (Word's margins bound the body), the header and footer stand at the theme's margins,
/// in the bands the PDF draws them in.
/// </summary>
internal sealed record PageGeometry(int WidthTwips, int HeightTwips, int TopTwips, int RightTwips, int BottomTwips, int LeftTwips, int HeaderTwips, int FooterTwips)
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
        var area = Rendering.PageArea.Of(theme);
        return new PageGeometry(Twips(area.Width), Twips(area.Height), Twips(area.BodyTop), Twips(area.Right), Twips(area.BodyBottom), Twips(area.Left), Twips(area.Top), Twips(area.Bottom));
    }

    /// <summary>A fresh section description: page size, the body's margins, header and footer at the theme's margins.</summary>
    public SectionProperties Section() => new(
        new DocumentFormat.OpenXml.Wordprocessing.PageSize { Width = (UInt32Value)(uint)WidthTwips, Height = (UInt32Value)(uint)HeightTwips },
        new PageMargin
        {
            Top = TopTwips, Bottom = BottomTwips, Left = (uint)LeftTwips, Right = (uint)RightTwips,
            Header = (uint)HeaderTwips, Footer = (uint)FooterTwips, Gutter = 0,
        });

    /// <summary>Points (1/72 inch) to twips (1/1440 inch).</summary>
    public static int Twips(float points) => (int)Math.Round(points * 20);
}
