using System.Globalization;
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
                renderer.WriteText(" · " + Describe(obj.FileName, asset?.FullPath));
            });
        });
    }

    private static string Describe(string name, string? path)
    {
        var type = Path.GetExtension(name).TrimStart('.').ToUpperInvariant();
        if (path is null || !File.Exists(path))
            return type;
        var bytes = new FileInfo(path).Length;
        var size = bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
        return type.Length == 0 ? size : $"{type} · {size}";
    }
}
