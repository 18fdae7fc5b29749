using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Keyboard;

/// <summary><c>&lt;kbd&gt;Ctrl&lt;/kbd&gt;</c>: a key; children are the key label.</summary>
public sealed class KeyboardInline : ContainerInline;
