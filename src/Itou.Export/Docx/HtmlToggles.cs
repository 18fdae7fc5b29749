namespace Itou.Export.Docx;

/// <summary>
/// Formatting switched on by raw inline HTML tags (<c>&lt;strong&gt;…&lt;/strong&gt;</c> arrive as two
/// separate inlines, so they cannot be scoped like Markdown emphasis); cleared at each new paragraph.
/// </summary>
internal sealed class HtmlToggles
{
    public int Bold { get; set; }
    public int Italic { get; set; }
    public int Underline { get; set; }
    public int Strike { get; set; }
    public int Superscript { get; set; }
    public int Subscript { get; set; }

    public void Clear() => Bold = Italic = Underline = Strike = Superscript = Subscript = 0;

    /// <summary>The format with the switched-on tags added.</summary>
    public RunFormat Apply(RunFormat format) => format with
    {
        Bold = format.Bold || Bold > 0,
        Italic = format.Italic || Italic > 0,
        Underline = format.Underline || Underline > 0,
        Strike = format.Strike || Strike > 0,
        Superscript = format.Superscript || Superscript > 0,
        Subscript = format.Subscript || Subscript > 0,
    };
}
