using Prasa.Lexicons;

namespace Prasa.Tests;

public class InvariantLowerTests
{
    [Fact]
    public void EveryCodeUnitLowersAsTheFrameworkDoes()
    {
        for (var c = 0; c < 65536; c++)
        {
            var text = ((char)c).ToString();
            Assert.Equal(text.ToLowerInvariant(), InvariantLower.Of(text));
        }
    }

    [Theory]
    [InlineData("„Żółć” ÉTÉ İSTANBUL ΣΊΣΥΦΟΣ")]
    [InlineData("Deseret \U00010400\U00010401 and Adlam \U0001E900 stay as the framework has them")]
    [InlineData("lone \uD801 surrogate \uDC00 halves")]
    [InlineData("")]
    public void TextsLowerAsTheFrameworkDoes(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), InvariantLower.Of(text));
        var buffer = new char[text.Length];
        Assert.Equal(text.Length, InvariantLower.Into(text, buffer));
        Assert.Equal(text.ToLowerInvariant(), new string(buffer));
        Assert.Equal(-1, InvariantLower.Into(text + "x", buffer));
    }
}
