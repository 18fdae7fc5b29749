using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Document;
using Itou.Export.Docx.Lists;
using Itou.Export.Markdown.Hints;
using Itou.Export.Rendering;
using Itou.Export.Scripts;
using Itou.Export.Theming;

namespace Itou.Export.Docx.Styling;

/// <summary>
/// The style sheet: document defaults (font, size, language) and every style the writer uses,
/// coloured from the theme. Built-in styles carry Word's names ("heading 1", "List Bullet", "toc 1"…)
/// so Word and LibreOffice recognise them as their own.
/// </summary>
internal static class DocxStyles
{
    private const int BodyHalfPoints = 21;

    public static DocumentFormat.OpenXml.Wordprocessing.Styles Create(Theme theme, string language, DocxFonts fonts, PageGeometry page)
    {
        var colors = theme.Colors;
        var styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(Defaults(language, fonts));
        styles.Append(
            Paragraph(StyleIds.Normal, "Normal", basedOn: null, isDefault: true,
                ppr: new ParagraphProperties(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }),
                rpr: new RunProperties(new Color { Val = Hex(colors.Text) })),
            Paragraph(StyleIds.Title, "Title", ppr: new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "240" }),
                rpr: new RunProperties(new Bold(), new Color { Val = Hex(colors.Primary) }, new FontSize { Val = "64" })),
            Paragraph(StyleIds.Subtitle, "Subtitle", ppr: new ParagraphProperties(new SpacingBetweenLines { After = "240" }),
                rpr: new RunProperties(new Color { Val = Hex(colors.Muted) }, new FontSize { Val = "30" })),
            Paragraph(StyleIds.CoverDate, "Cover Date", rpr: new RunProperties(new Color { Val = Hex(colors.Muted) })),
            Paragraph(StyleIds.Quote, "Quote",
                ppr: new ParagraphProperties(
                    new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Hex(colors.Muted) }),
                    new Indentation { Left = "360", Right = "360" }),
                rpr: new RunProperties(new Italic(), new Color { Val = Hex(colors.Muted) })),
            Paragraph(StyleIds.Caption, "caption", ppr: new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "200" }),
                rpr: new RunProperties(new Italic(), new Color { Val = Hex(colors.Muted) }, new FontSize { Val = "18" })),
            Paragraph(StyleIds.ListBullet, "List Bullet", ppr: ListParagraph(DocxNumbering.StyleNumId(ordered: false))),
            Paragraph(StyleIds.ListNumber, "List Number", ppr: ListParagraph(DocxNumbering.StyleNumId(ordered: true))),
            Paragraph(StyleIds.ListContinue, "List Continue", ppr: new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "360" })),
            Paragraph(StyleIds.TocHeading, "TOC Heading", basedOn: StyleIds.Heading(1), next: StyleIds.Normal,
                ppr: new ParagraphProperties(new OutlineLevel { Val = 9 })),
            Paragraph(StyleIds.Header, "header", rpr: new RunProperties(new Color { Val = Hex(colors.Muted) }, new FontSize { Val = "17" }),
                ppr: Band(page, new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = BandRule, Space = BandRuleGap, Color = RuleColor }))),
            Paragraph(StyleIds.Footer, "footer", rpr: new RunProperties(new Color { Val = Hex(colors.Muted) }, new FontSize { Val = "17" }),
                ppr: Band(page, new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = BandRule, Space = BandRuleGap, Color = RuleColor }))),
            Paragraph(StyleIds.FootnoteText, "footnote text", ppr: new ParagraphProperties(new SpacingBetweenLines { After = "0" }),
                rpr: new RunProperties(new FontSize { Val = "18" })),
            Paragraph(StyleIds.SourceCode, "Source Code",
                ppr: new ParagraphProperties(
                    new KeepLines(),
                    new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = Hex(colors.Muted) }),
                    new Shading { Val = ShadingPatternValues.Clear, Fill = Hex(colors.Shade), Color = "auto" },
                    new SpacingBetweenLines { After = "160", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { Left = "120" }),
                rpr: new RunProperties(Mono(fonts), new FontSize { Val = "18" })),
            Paragraph(StyleIds.CodeTitle, "Code Title", next: StyleIds.SourceCode,
                ppr: new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }, new Indentation { Left = "120" }),
                rpr: new RunProperties(new Bold(), new Color { Val = Hex(colors.Muted) }, new FontSize { Val = "18" })),
            Paragraph(StyleIds.CardTitle, "Card Title", ppr: new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "40", After = "40" }),
                rpr: new RunProperties(new Bold(), new Color { Val = Hex(colors.Primary) })),
            Paragraph(StyleIds.CardText, "Card Text", ppr: new ParagraphProperties(new SpacingBetweenLines { After = "40" }),
                rpr: new RunProperties(new Color { Val = Hex(colors.Muted) }, new FontSize { Val = "18" })),
            Paragraph(StyleIds.BlockTitle, "Block Title",
                ppr: new ParagraphProperties(new KeepNext(),
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = Hex(colors.Primary) }),
                    new SpacingBetweenLines { Before = "160", After = "80" }),
                rpr: new RunProperties(new Bold(), new Color { Val = Hex(colors.Primary) })));

        int[] headingHalfPoints = [40, 32, 27, 24, 22, BodyHalfPoints];
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(Paragraph(StyleIds.Heading(level), "heading " + level, next: StyleIds.Normal,
                ppr: new ParagraphProperties(new KeepNext(), new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
                    new OutlineLevel { Val = level - 1 }),
                rpr: HeadingRun(colors, headingHalfPoints[level - 1], italic: level == 6)));
        }
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Paragraph(StyleIds.Toc(level), "toc " + level, next: StyleIds.Normal,
                ppr: new ParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = page.TextWidthTwips }),
                    new SpacingBetweenLines { After = level == 1 ? "100" : "40" },
                    new Indentation { Left = Invariant((level - 1) * 240) }),
                rpr: level == 1 ? new RunProperties(new Bold()) : null));
        }

        styles.Append(
            Character(StyleIds.Hyperlink, "Hyperlink", new RunProperties(new Color { Val = Hex(colors.Primary) }, new Underline { Val = UnderlineValues.Single })),
            Character(StyleIds.FootnoteReference, "footnote reference", new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })),
            Character(StyleIds.VerbatimChar, "Verbatim Char", new RunProperties(Mono(fonts), new Shading { Val = ShadingPatternValues.Clear, Fill = Hex(colors.Shade), Color = "auto" })),
            Table(StyleIds.TableGrid, "Table Grid", Borders("single", "BFBFBF", left: 4), fill: null),
            Table(StyleIds.PlainTable, "Plain Table", Borders("nil", "auto", left: 0), fill: null),
            Table(StyleIds.Card, "Card", Borders("single", Hex(colors.Muted), left: 4), fill: Hex(colors.Shade)));
        foreach (var kind in Enum.GetValues<HintStyle>())
        {
            var look = CalloutLook.Of(kind, colors);
            styles.Append(Table(StyleIds.Hint(kind), "Hint " + kind, HintBorders(look), fill: Tint(Hex(look.Color), look.Tint)));
        }
        return styles;
    }

    /// <summary><c>#RRGGBB</c> → <c>RRGGBB</c>, upper case; anything else becomes <c>auto</c>.</summary>
    public static string Hex(string color)
    {
        var value = color.TrimStart('#');
        return value.Length == 6 && value.All(Uri.IsHexDigit) ? value.ToUpperInvariant() : "auto";
    }

    /// <summary>A pale tint of a colour (<paramref name="amount"/> of it over white) for shaded callouts.</summary>
    public static string Tint(string hex, float amount)
    {
        if (hex == "auto")
            return "F6F6F6";
        var channels = Enumerable.Range(0, 3)
            .Select(i => Convert.ToInt32(hex.Substring(i * 2, 2), 16))
            .Select(c => (int)Math.Round(255 - (255 - c) * amount));
        return string.Concat(channels.Select(c => c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    // The East Asian and complex-script slots name fonts of those scripts (the theme's body font is Latin):
    // the document's language when it writes that kind, else Chinese and Arabic, as Word's own defaults.
    private static DocDefaults Defaults(string language, DocxFonts fonts)
    {
        var eastAsian = WritingSystems.KindOfLanguage(language) == WritingKind.EastAsian ? language : "zh-CN";
        var complex = WritingSystems.KindOfLanguage(language) is WritingKind.RightToLeft or WritingKind.Complex ? language : "ar-SA";
        return new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = fonts.Body, HighAnsi = fonts.Body, ComplexScript = DocxScriptFonts.Complex(complex), EastAsia = DocxScriptFonts.EastAsian(eastAsian) },
                new FontSize { Val = Invariant(BodyHalfPoints) },
                new FontSizeComplexScript { Val = Invariant(BodyHalfPoints) },
                new Languages { Val = language, EastAsia = eastAsian, Bidi = complex })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" })));
    }

    // The header's and footer's line and rule, as the PDF draws them in their bands (Rendering/PageArea).
    private const string RuleColor = "DDDDDD";
    private static readonly uint BandRule = (uint)Math.Round(PageArea.RuleWidth * 8);
    private static readonly uint BandRuleGap = (uint)PageArea.RuleGap;

    private static ParagraphProperties Band(PageGeometry page, ParagraphBorders rule) => new(
        rule,
        new Tabs(new TabStop { Val = TabStopValues.Right, Position = page.TextWidthTwips }),
        new SpacingBetweenLines { After = "0", Line = Invariant(PageGeometry.Twips(PageArea.BandLine)), LineRule = LineSpacingRuleValues.AtLeast });

    private static RunFonts Mono(DocxFonts fonts) => new() { Ascii = fonts.Mono, HighAnsi = fonts.Mono, ComplexScript = fonts.Mono };

    private static ParagraphProperties ListParagraph(int numId) => new(
        new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId }),
        new SpacingBetweenLines { After = "60" });

    private static Style Paragraph(string id, string name, string? basedOn = StyleIds.Normal, string? next = null, bool isDefault = false,
        ParagraphProperties? ppr = null, RunProperties? rpr = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
            style.Append(new BasedOn { Val = basedOn });
        if (next is not null)
            style.Append(new NextParagraphStyle { Val = next });
        style.Append(new UIPriority { Val = 1 }, new PrimaryStyle());
        if (ppr is not null)
            style.Append(new StyleParagraphProperties(ppr.ChildElements.Select(c => c.CloneNode(true))));
        if (rpr is not null)
            style.Append(new StyleRunProperties(rpr.ChildElements.Where(c => c is not null).Select(c => c.CloneNode(true))));
        return style;
    }

    private static Style Character(string id, string name, RunProperties rpr)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleName { Val = name }, new UIPriority { Val = 1 },
            new StyleRunProperties(rpr.ChildElements.Select(c => c.CloneNode(true))));
        return style;
    }

    private static Style Table(string id, string name, TableBorders borders, string? fill)
    {
        var style = new Style { Type = StyleValues.Table, StyleId = id };
        style.Append(new StyleName { Val = name }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 1 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
            new StyleTableProperties(
                borders,
                new TableCellMarginDefault(
                    new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })));
        if (fill is not null)
            style.Append(new StyleTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = fill, Color = "auto" }));
        return style;
    }

    private static TableBorders Borders(string kind, string color, uint left)
    {
        var value = kind == "nil" ? BorderValues.Nil : BorderValues.Single;
        uint size = kind == "nil" ? 0u : 4u;
        return new TableBorders(
            new TopBorder { Val = value, Size = size, Color = color },
            new LeftBorder { Val = value, Size = left, Color = color },
            new BottomBorder { Val = value, Size = size, Color = color },
            new RightBorder { Val = value, Size = size, Color = color },
            new InsideHorizontalBorder { Val = value, Size = size, Color = color },
            new InsideVerticalBorder { Val = value, Size = size, Color = color });
    }

    /// <summary>The callout's rule on the left and, for a danger, its frame (Word counts border widths in eighths of a point).</summary>
    private static TableBorders HintBorders(CalloutLook look)
    {
        var color = Hex(look.Color);
        var frame = (UInt32Value)(uint)Math.Round(look.FrameWidth * 8);
        var side = look.FrameWidth > 0 ? BorderValues.Single : BorderValues.Nil;
        return new(
            new TopBorder { Val = side, Size = frame, Color = color },
            new LeftBorder { Val = BorderValues.Single, Size = (UInt32Value)(uint)Math.Round(look.RuleWidth * 8), Color = color },
            new BottomBorder { Val = side, Size = frame, Color = color },
            new RightBorder { Val = side, Size = frame, Color = color },
            new InsideHorizontalBorder { Val = BorderValues.Nil },
            new InsideVerticalBorder { Val = BorderValues.Nil });
    }

    /// <summary>The table style applied to a table, with the header row and no banding looked up.</summary>
    public static TableProperties TableProperties(string styleId) => new(
        new TableStyle { Val = styleId },
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });

    private static RunProperties HeadingRun(ThemeColors colors, int halfPoints, bool italic)
    {
        var rpr = new RunProperties { Bold = new Bold(), Color = new Color { Val = Hex(colors.Primary) }, FontSize = new FontSize { Val = Invariant(halfPoints) } };
        if (italic)
            rpr.Italic = new Italic();
        return rpr;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
