# Every cmdlet that takes a time reads it by one rule: a [datetime] without a zone is the user's local time.
# Each case runs in a fresh pwsh whose TZ is the zone under test, because the zone is fixed when a process starts.
BeforeAll {
    # Runs a script in a fresh pwsh in the given zone, with the module imported, and returns its output as one string.
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    function Invoke-InZone([string] $Zone, [string] $Script) {
        (Invoke-FreshPwshScript ("Import-Module '$env:OSACCESS_MODULE'`n" + $Script) -Environment @{ TZ = $Zone }) -join "`n"
    }

    $script:year = (Get-Date).Year + 1
    $sameInstant = @'
$grantAt = [datetime]::new(YEAR, 12, 1, 9, 0, 0)
$grant = New-OSAccessGrantPolicyDocument -AccountId 123456789012 -Start $grantAt -Duration 1:00
$trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111111111111"},"Action":"sts:AssumeRole"}]}'
$ask = { param($at) (Test-OSAccessPolicy -PolicyInputList $grant.MinifiedJson -ResourcePolicy $trust -CallerArn 'arn:aws:iam::111111111111:user/alice' `
    -ActionName sts:AssumeRole -ResourceArn 'arn:aws:iam::123456789012:role/OSAccess' -CurrentTime $at).EvalDecision }
"opens=" + ($grant.Json | ConvertFrom-Json -DateKind String).Statement[0].Condition.DateGreaterThan.'aws:CurrentTime'
"atStart=" + (& $ask $grantAt)
"oneSecondIn=" + (& $ask $grantAt.AddSeconds(1))
'@ -replace 'YEAR', $script:year
    # New York also answers the offset, UTC, skipped-hour and repeated-hour cases.
    # 14 March 2027, the second Sunday of March: the clocks go from 02:00 to 03:00.
    # 7 November 2027, the first Sunday of November: 01:00-02:00 happens twice.
    $newYorkOnly = @'
$opens = { param($doc) ($doc.Json | ConvertFrom-Json -DateKind String).Statement[0].Condition.DateGreaterThan.'aws:CurrentTime' }
"tokyo=" + (& $opens (New-OSAccessGrantPolicyDocument -AccountId 123456789012 -Start ([DateTimeOffset]::new(YEAR, 12, 1, 9, 0, 0, [TimeSpan]::FromHours(9))) -Duration 1:00))
"utc=" + (& $opens (New-OSAccessGrantPolicyDocument -AccountId 123456789012 -Start ([datetime]::new(YEAR, 12, 1, 9, 0, 0, [DateTimeKind]::Utc)) -Duration 1:00))
$skipped = [datetime]'2027-03-14 02:30'
$made = @(New-OSAccessGrantPolicyDocument -AccountId 123456789012 -Start $skipped -ErrorVariable e -ErrorAction SilentlyContinue)
"grantSkipped=$($e[0].ErrorDetails.Message)"
"grantObjects=$($made.Count)"
Test-OSAccessPolicy -PolicyInputList '{"Version":"2012-10-17","Statement":[]}' -CallerArn 'arn:aws:iam::111111111111:user/alice' `
    -ActionName s3:GetObject -CurrentTime $skipped -ErrorVariable t -ErrorAction SilentlyContinue
"testSkipped=$($t[0].Exception.Message)"
$null = New-OSAccessGrantPolicyDocument -AccountId 123456789012 -Start ([datetime]'2027-11-07 01:30') -ErrorVariable r -ErrorAction SilentlyContinue
"grantRepeated=$($r[0].ErrorDetails.Message)"
'@ -replace 'YEAR', $script:year
    $script:outputs = @{
        'America/New_York' = Invoke-InZone 'America/New_York' ($sameInstant + "`n" + $newYorkOnly)
        'Europe/Berlin' = Invoke-InZone 'Europe/Berlin' $sameInstant
        'Asia/Tokyo' = Invoke-InZone 'Asia/Tokyo' $sameInstant
    }
    $script:newYork = $script:outputs['America/New_York']
}

Describe 'One reading of time across the cmdlets' {
    It 'reads the same [datetime] as the same instant in both cmdlets, in <Zone>' -ForEach @(
        @{ Zone = 'America/New_York'; Opens = '14:00:00Z' }
        @{ Zone = 'Europe/Berlin'; Opens = '08:00:00Z' }
        @{ Zone = 'Asia/Tokyo'; Opens = '00:00:00Z' }
    ) {
        $output = $outputs[$Zone]

        $output | Should -Match "opens=$year-12-01T$Opens"
        $output | Should -Match 'atStart=implicitDeny'
        $output | Should -Match 'oneSecondIn=allowed'
    }

    It 'keeps the offset of a DateTimeOffset and the UTC of a UTC DateTime' {
        $newYork | Should -Match "tokyo=$year-12-01T00:00:00Z"
        $newYork | Should -Match "utc=$year-12-01T09:00:00Z"
    }

    It 'refuses, in both cmdlets, a local time the clocks skip, naming the parameter' {
        $newYork | Should -Match 'grantSkipped=Start: 2027-03-14 02:30:00 does not exist in America/New_York: that night the clocks go from 02:00 straight to 03:00'
        $newYork | Should -Match 'grantObjects=0'
        $newYork | Should -Match 'testSkipped=CurrentTime: 2027-03-14 02:30:00 does not exist in America/New_York'
    }

    It 'refuses a local time the clocks repeat, giving both offsets' {
        $newYork | Should -Match 'grantRepeated=Start: 2027-11-07 01:30:00 happens twice in America/New_York, at -04:00 and again at -05:00'
    }
}
