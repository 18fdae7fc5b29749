using CsCheck;
using Itou.Export.Publishing;

namespace Itou.Export.Tests.Publishing;

public class FrenchTypographyTests
{
    private const char Nbsp = '\u00A0';
    private const char Narrow = '\u202F';

    [Theory]
    [InlineData("Bonjour !", "Bonjour\u202F!")]
    [InlineData("Pourquoi ?", "Pourquoi\u202F?")]
    [InlineData("un ; deux", "un\u202F; deux")]
    [InlineData("Attention : ceci", "Attention\u00A0: ceci")]
    [InlineData("trop  d'espaces  :", "trop  d'espaces\u00A0:")]
    [InlineData("dites « CGU »", "dites «\u00A0CGU\u00A0»")]
    [InlineData("«Collés»", "«\u00A0Collés\u00A0»")]
    [InlineData("Déjà\u00A0?", "Déjà\u202F?")]
    public void Ties_punctuation_to_the_word_before(string input, string expected) =>
        Assert.Equal(expected, FrenchTypography.Apply(input));

    [Theory]
    [InlineData("https://inclusion.beta.gouv.fr/?a=1")]
    [InlineData("rendez-vous à 10:30")]
    [InlineData("Yahoo!")]
    [InlineData("?! seul")]
    [InlineData(": en tête")]
    [InlineData("Quoi ?!")]
    public void Leaves_text_without_a_typed_space_alone(string input)
    {
        var output = FrenchTypography.Apply(input);
        Assert.Equal(input.Replace(" ?", Narrow + "?", StringComparison.Ordinal), output);
    }

    [Fact]
    public void Sees_a_space_and_its_punctuation_across_runs()
    {
        var runs = new[] { new TypographyRun("Une question "), new TypographyRun("?"), new TypographyRun(" "), new TypographyRun("«"), new TypographyRun(" "), new TypographyRun("Cap"), new TypographyRun(" "), new TypographyRun("»") };
        var output = FrenchTypography.Apply(runs);
        Assert.Equal(["Une question" + Narrow, "?", " ", "«", Nbsp.ToString(), "Cap", Nbsp.ToString(), "»"], output);
    }

    [Fact]
    public void Never_changes_verbatim_runs()
    {
        var runs = new[] { new TypographyRun("le code "), new TypographyRun("a ? b : c ;", Verbatim: true), new TypographyRun(" !") };
        var output = FrenchTypography.Apply(runs);
        Assert.Equal(["le code ", "a ? b : c ;", Narrow + "!"], output);
    }

    [Fact]
    public void Does_not_tie_to_spaces_that_end_a_verbatim_run()
    {
        var runs = new[] { new TypographyRun("x ", Verbatim: true), new TypographyRun("?") };
        Assert.Equal(["x ", "?"], FrenchTypography.Apply(runs));
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("fr-FR", true)]
    [InlineData("FR-ca", true)]
    [InlineData("en-GB", false)]
    [InlineData("fro", false)]
    [InlineData(null, false)]
    public void Applies_to_french_language_tags(string? language, bool expected) =>
        Assert.Equal(expected, FrenchTypography.AppliesTo(language));

    [Fact]
    public void Keeps_every_non_space_character_in_order() =>
        Gen.String[Gen.Char["ab :;!?«» \u00A0"], 0, 30].Sample(text =>
        {
            var output = FrenchTypography.Apply(text);
            Assert.Equal(WithoutSpaces(text), WithoutSpaces(output));
        });

    [Fact]
    public void Is_idempotent() =>
        Gen.String[Gen.Char["ab :;!?«» \u00A0"], 0, 30].Sample(text =>
        {
            var once = FrenchTypography.Apply(text);
            Assert.Equal(once, FrenchTypography.Apply(once));
        });

    private static string WithoutSpaces(string text) =>
        new([.. text.Where(c => c is not (' ' or Nbsp or Narrow))]);
}
