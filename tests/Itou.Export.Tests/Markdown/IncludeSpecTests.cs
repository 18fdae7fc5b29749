using Itou.Export.Markdown.Hints;
using Itou.Export.Markdown.Includes;
using Itou.Export.Publishing;

namespace Itou.Export.Tests.Markdown;

public sealed class IncludeSpecTests
{
    [Fact]
    public void Include_holds_the_included_file_parsed()
    {
        var parsed = new Parsed("Before\n\n{% include \"../.gitbook/includes/contact.md\" %}\n\nAfter",
            readInclude: reference => reference == "../.gitbook/includes/contact.md"
                ? (".gitbook/includes/contact.md", "{% hint style=\"info\" %}\nCall us\n{% endhint %}")
                : null);
        var include = parsed.Single<IncludeBlock>();
        Assert.Equal("../.gitbook/includes/contact.md", include.Reference);
        Assert.Equal(".gitbook/includes/contact.md", include.ResolvedPath);
        Assert.Equal("Call us", Parsed.Text(Assert.IsType<HintBlock>(Assert.Single(include))));
    }

    [Fact]
    public void Unreadable_include_stays_empty()
    {
        var include = new Parsed("{% include \"missing.md\" %}").Single<IncludeBlock>();
        Assert.Null(include.ResolvedPath);
        Assert.Empty(include);
    }

    [Fact]
    public void A_reader_that_forgets_cycles_cannot_make_parsing_recurse_forever()
    {
        var parsed = new Parsed("{% include \"a.md\" %}", readInclude: _ => ("a.md", "Again\n\n{% include \"a.md\" %}"));
        var outer = parsed.All<IncludeBlock>()[0];
        Assert.Equal("a.md", outer.ResolvedPath);
        Assert.Contains(DiagnosticCodes.Include, parsed.Codes);
    }
}
