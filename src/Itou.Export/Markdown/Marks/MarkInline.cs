using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Marks;

/// <summary>
/// <c>&lt;mark style="color:…;background-color:…"&gt;…&lt;/mark&gt;</c>: coloured text. Nested marks stay nested
/// (the inner one wins for the property it sets). Colours are GitBook names (<c>orange</c>, <c>purple</c>…)
/// or CSS values, as written.
/// </summary>
public sealed class MarkInline : ContainerInline
{
    /// <summary>The text colour, or null.</summary>
    public string? Color { get; init; }

    /// <summary>The background (highlight) colour, or null.</summary>
    public string? BackgroundColor { get; init; }
}
