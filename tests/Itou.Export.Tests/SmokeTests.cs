namespace Itou.Export.Tests;

public class SmokeTests
{
    [Fact]
    public void Library_loads() => Assert.NotNull(typeof(Itou.Export.Tests.SmokeTests).Assembly);
}
