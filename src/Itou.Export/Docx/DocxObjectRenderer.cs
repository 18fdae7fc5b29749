using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Docx;

/// <summary>Base of the Word writer's per-node renderers.</summary>
internal abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
