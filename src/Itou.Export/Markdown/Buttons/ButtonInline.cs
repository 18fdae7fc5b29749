using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Buttons;

/// <summary>
/// <c>&lt;a href="…" class="button primary|secondary" data-icon="…"&gt;label&lt;/a&gt;</c>: a link drawn as a button.
/// It is a <see cref="LinkInline"/> (label as children), so a writer without a button style prints a link;
/// register a button renderer before the link renderer to draw it.
/// </summary>
public sealed class ButtonInline : LinkInline
{
    /// <summary>True for <c>primary</c> (filled), false for <c>secondary</c> (outlined).</summary>
    public bool Primary { get; init; }

    /// <summary>The <c>data-icon</c> name, or null.</summary>
    public string? Icon { get; init; }
}
