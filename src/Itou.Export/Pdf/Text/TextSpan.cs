using Itou.Export.Pdf.Layout;

namespace Itou.Export.Pdf.Text;

/// <summary>A piece of a paragraph with one style, optionally a link.</summary>
public sealed record TextSpan(string Text, TextStyle Style, LinkTarget? Link = null);
