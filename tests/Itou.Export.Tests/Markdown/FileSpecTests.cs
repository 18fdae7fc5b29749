using Itou.Export.Markdown.Files;

namespace Itou.Export.Tests.Markdown;

public sealed class FileSpecTests
{
    [Fact]
    public void Inline_form_with_escaped_caption()
    {
        var file = new Parsed("{% file src=\"../.gitbook/assets/formulaire-de-consentement.pdf\" caption=\"Formulaire pour la création d\\'une adresse \\\"mail\\\"\" %}").Single<FileBlock>();
        Assert.Equal("../.gitbook/assets/formulaire-de-consentement.pdf", file.Source);
        Assert.Equal("formulaire-de-consentement.pdf", file.FileName);
        Assert.Equal("Formulaire pour la création d'une adresse \"mail\"", Parsed.Text(file));
    }

    [Fact]
    public void Block_form_caption_is_the_body()
    {
        var parsed = new Parsed("{% file src=\".gitbook/assets/criteres-de-recrutement-ea.pdf\" %}\nCritères de recrutement\n{% endfile %}\n\n## Les entreprises");
        var file = parsed.Single<FileBlock>();
        Assert.Equal("Critères de recrutement", Parsed.Text(file));
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void Markdown_escapes_in_src_are_removed()
    {
        var file = new Parsed("{% file src=\".gitbook/assets/criteres\\_ea \\(1\\).pdf\" %}").Single<FileBlock>();
        Assert.Equal(".gitbook/assets/criteres_ea (1).pdf", file.Source);
        Assert.Empty(file);
    }

    [Fact]
    public void Two_inline_files_in_a_row_stay_two()
    {
        var parsed = new Parsed("{% file src=\"a.pdf\" %}\n{% file src=\"b.docx\" %}\n{% endfile %}");
        Assert.Equal(["a.pdf", "b.docx"], parsed.All<FileBlock>().Select(f => f.Source));
    }
}
