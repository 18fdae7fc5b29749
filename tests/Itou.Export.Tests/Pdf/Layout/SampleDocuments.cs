using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>Small documents written through the whole engine, for read-back tests.</summary>
internal static class SampleDocuments
{
    public static readonly TextStyle Body = new() { Size = 11 };

    public const string FrenchParagraph =
        "L’inclusion dans l’emploi « efficace » : les structures d’insertion par l’activité économique\u00A0(SIAE) " +
        "accompagnent les personnes éloignées de l’emploi. Ce coefficient de 12\u202F% est officiel ; " +
        "les offices affichent 3\u00A0000\u00A0€ de fiches « définies » — voir https://emplois.inclusion.beta.gouv.fr/accompagnement/structures?siret=12345678901234&page=2.";

    /// <summary>Writes a document and returns its bytes.</summary>
    public static byte[] Write(Element content, DocumentDescription? description = null, DiagnosticBag? diagnostics = null)
    {
        using var fonts = new FontLibrary();
        using var output = new MemoryStream();
        PdfLayoutWriter.Write(output, description ?? Describe(), content, fonts, diagnostics ?? new DiagnosticBag());
        return output.ToArray();
    }

    public static DocumentDescription Describe(IReadOnlyList<OutlineItem>? outline = null) => new()
    {
        Metadata = new DocumentMetadata
        {
            Title = "Guide de l’inclusion",
            Author = "Plateforme de l’inclusion",
            Subject = "Essai",
            Keywords = "inclusion, emploi",
            Creator = "Itou.Export tests",
            Language = "fr-FR",
        },
        Footer = page => new TextBlock($"Page {page.Number} / {page.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "00"}",
            Body with { Size = 8 }, new ParagraphStyle { Alignment = TextAlignment.Right }),
        Outline = outline ?? [],
    };

    /// <summary>Two chapters with anchors, a link between them, an external link and ligatures.</summary>
    public static Element TwoChapters()
    {
        var column = new Column(spacing: 8);
        column.Add(new KeepWithNext(new Anchor("chapitre-1", new TextBlock("Chapitre premier", Body with { Size = 18, Bold = true }))));
        column.Add(new TextBlock(new ParagraphStyle { Alignment = TextAlignment.Justify })
            .Add(FrenchParagraph + " ", Body)
            .Add("Aller au chapitre deux", Body with { Color = SKColors.Blue, Underline = true }, LinkTarget.Internal("chapitre-2"))
            .Add(" ou ", Body)
            .Add("le site", Body with { Color = SKColors.Blue }, LinkTarget.External("https://inclusion.beta.gouv.fr/")));
        column.Add(new PageBreak());
        column.Add(new Anchor("chapitre-2", new TextBlock("Chapitre deux", Body with { Size = 18, Bold = true })));
        column.Add(new TextBlock("Les efficaces affiches officielles du flux.", Body with { Italic = true }));
        return column;
    }

    public static IReadOnlyList<OutlineItem> TwoChaptersOutline { get; } =
    [
        new OutlineItem("Chapitre premier", "chapitre-1", [new OutlineItem("Chapitre deux", "chapitre-2")]),
    ];
}
