using Itou.Export.Markdown.Files;
using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% file %}</c>: an attachment card with the caption (or file name), the file's type and size in the
/// document's language and a link: the URL for a remote file (printed), the file's path relative to the
/// space for a local one (not printed; it opens when the PDF sits beside the space folder). A local file
/// under <see cref="ExportLimits.MaxAttachmentBytes"/> is also attached to the PDF on its card, so the
/// document carries it wherever it goes; a larger one is only linked (FILE-NOT-ATTACHED).
/// </summary>
internal sealed class FileRenderer : MarkdownObjectRenderer<PdfRenderer, FileBlock>
{
    protected override void Write(PdfRenderer renderer, FileBlock obj)
    {
        var asset = renderer.Publication.Assets.Resolve(obj.Source, renderer.Page.Path, obj.Line + 1);
        var caption = renderer.BlocksOf(obj, 2);
        var name = obj.FileName;
        long? length = asset.Kind == AssetKind.Local ? new FileInfo(asset.FullPath!).Length : null;
        var (address, size) = asset.Kind switch
        {
            AssetKind.Local => (asset.SpacePath!, renderer.Labels.FileSize(length!.Value)),
            AssetKind.Remote => (asset.Url!, null),
            _ => (obj.Source, renderer.Labels.FileMissing),
        };
        var type = Path.GetExtension(name).TrimStart('.').ToUpperInvariant();
        var facts = string.Join(" · ", new[] { type.Length > 0 ? type : null, size }.OfType<string>());
        var details = new List<Element>();
        if (caption.Children.Count > 0)
            details.Add(Card.Detail(renderer, name));
        if (facts.Length > 0)
            details.Add(Card.Detail(renderer, facts));
        // A local file's path inside the space (.gitbook/assets/…) means nothing to a reader: the card links to it.
        if (asset.Kind != AssetKind.Local)
            details.Add(Card.Detail(renderer, address));
        var link = asset.Kind is AssetKind.Local or AssetKind.Remote ? LinkTarget.External(address) : null;
        var title = caption.Children.Count > 0 ? caption : (Element)Card.Title(renderer, name, link is not null);
        var card = Card.Create(renderer, "\U0001F4CE", title, details, link);
        renderer.Add(length is { } bytes && Attachable(renderer, obj, name, bytes)
            ? new FileAttachment(new EmbeddedFile(name, asset.FullPath!, facts.Length > 0 ? $"{name} ({facts})" : name, renderer.Page.Path, obj.Line + 1), card)
            : card);
    }

    // The bytes are read when the PDF is written (AttachmentWriter), not here: composing also runs for the
    // Word document's page numbers and for previews, which carry no file.
    private static bool Attachable(PdfRenderer renderer, FileBlock block, string name, long length)
    {
        if (length <= renderer.Images.Limits.MaxAttachmentBytes)
            return true;
        renderer.Report(DiagnosticCodes.FileNotAttached, block, $"'{name}' ({length} bytes) is over the attachment limit ({renderer.Images.Limits.MaxAttachmentBytes} bytes): the card links to it, the PDF does not carry it.");
        return false;
    }
}
