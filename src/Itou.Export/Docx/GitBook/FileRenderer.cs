using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Links;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Files;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// A file attachment: a card with its caption (or file name), then name, type and size, the name
/// linked to the file's path in the space (relative, so it opens when the document sits beside the space).
/// </summary>
internal sealed class FileRenderer : DocxObjectRenderer<FileBlock>
{
    protected override void Write(DocxRenderer renderer, FileBlock obj)
    {
        var asset = renderer.Page.ResolveAsset(obj.Source, obj.Line + 1);
        CardWriter.Write(renderer, () =>
        {
            if (obj.Count > 0)
                renderer.WithScope(renderer.Scope with { ParagraphStyle = StyleIds.CardTitle }, () => renderer.WriteChildren(obj));
            else
                renderer.WriteParagraph(StyleIds.CardTitle, () => renderer.WriteText("📎 " + obj.FileName));
            renderer.WriteParagraph(StyleIds.CardText, () =>
            {
                DocxLinkTarget link = asset is not null && Uri.TryCreate(asset.SpacePath, UriKind.Relative, out var relative)
                    ? new DocxLinkTarget.External(relative)
                    : new DocxLinkTarget.Unresolved();
                HyperlinkWriter.Write(renderer, link, () => renderer.WriteText(obj.FileName));
                renderer.WriteText(" · " + Describe(renderer, obj.FileName, asset?.FullPath));
            });
        });
    }

    private static string Describe(DocxRenderer renderer, string name, string? path)
    {
        var type = Path.GetExtension(name).TrimStart('.').ToUpperInvariant();
        var size = path is not null && File.Exists(path) ? renderer.State.Labels.FileSize(new FileInfo(path).Length) : renderer.State.Labels.FileMissing;
        return type.Length == 0 ? size : $"{type} · {size}";
    }
}
