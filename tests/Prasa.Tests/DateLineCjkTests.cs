using Prasa.Metadata;

namespace Prasa.Tests;

/// <summary>Date lines written the Chinese, Japanese and Korean way, on lines written for these tests.</summary>
public class DateLineCjkTests
{
    [Theory]
    [InlineData("2024年3月5日 9時15分", true)]
    [InlineData("山田花子2024年3月5日 9時15分", true)]
    [InlineData("2024년 3월 5일 오전 9시 15분", true)]
    [InlineData("公開日：2024/03/05 09:15 更新日：2024/03/05 10:00", true)]
    [InlineData("港の新しい桟橋で記念式典に出席する市長ら=2024年3月5日、横浜市中区、山田花子撮影", false)]
    [InlineData("市長は2024年3月5日に新しい橋の工事が始まると述べた", false)]
    public void A_date_in_Chinese_Japanese_or_Korean_makes_a_date_line(string line, bool date)
    {
        Assert.Equal(date, DateLine.IsDateLine(line));
    }
}
