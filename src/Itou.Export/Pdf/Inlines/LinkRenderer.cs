using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// A link: external ones open their URL, pages and headings of the export jump there, other pages of the
/// space open the published site (theme's base URL), other files of the space their path in the space;
/// the rest is printed as plain text (the link resolver reports why). On paper an internal link is
/// followed by the page it leads to, "(p. 24)" in the document's language (theme <c>pageReferences</c>). Images are links too in Markdig: <see cref="ImageRenderer"/> draws them.
/// </summary>
internal sealed class LinkRenderer : MarkdownObjectRenderer<PdfRenderer, LinkInline>
{
    protected override void Write(PdfRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage)
        {
            ImageRenderer.Write(renderer, obj);
            return;
        }
        var resolved = renderer.Publication.Links.Resolve(obj, renderer.Page);
        var target = Target(resolved);
        var inlines = renderer.Inlines;
        if (target is not null)
            renderer.Ledger.Written(obj);
        var style = target is null ? inlines.Style : inlines.Style with { Color = renderer.Styles.Link, Underline = true };
        inlines.WithLink(target, () => inlines.With(style, () =>
        {
            if (resolved.IsMention && resolved.Page is { } page)
            {
                inlines.Append(page.Title);
                renderer.Ledger.WrittenAsText(obj);
            }
            else if (obj.FirstChild is null)
                inlines.Append(obj.Url ?? "", verbatim: true); // no text: the address is what there is to read
            else
                renderer.WriteChildren(obj);
        }));
        if (resolved.Kind == LinkKind.Internal && renderer.Publication.PageReferences)
            inlines.AppendPageReference(resolved.AnchorId!, renderer.Labels.PageReference);
    }

    /// <summary>Where a resolved link goes in the PDF, or null when it is printed as text.</summary>
    public static LinkTarget? Target(ResolvedLink resolved) => resolved.Kind switch
    {
        LinkKind.Internal => LinkTarget.Internal(resolved.AnchorId!),
        LinkKind.External or LinkKind.SitePage => LinkTarget.External(resolved.Url!),
        // As a {% file %} card does: the path in the space, which opens when the PDF sits beside the space folder.
        LinkKind.File => LinkTarget.External(resolved.Asset!.SpacePath!),
        _ => null,
    };
}

/// <summary><c>&lt;https://…&gt;</c> or a bare URL: the address, clickable, never retouched.</summary>
internal sealed class AutolinkRenderer : MarkdownObjectRenderer<PdfRenderer, AutolinkInline>
{
    protected override void Write(PdfRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail && !obj.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + obj.Url : obj.Url;
        var inlines = renderer.Inlines;
        renderer.Ledger.Written(obj);
        inlines.WithLink(LinkTarget.External(url), () =>
            inlines.Append(obj.Url, verbatim: true, style: inlines.Style with { Color = renderer.Styles.Link, Underline = true }));
    }
}
