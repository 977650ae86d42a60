# Builds the Windows installer of Yibiao: dist\yibiao\ (one folder: yibiao.exe for the command line,
# yibiao-gui.exe for the window) and dist\yibiao-setup-<version>.exe (Inno Setup, per-user, no admin).
#
# Run on Windows 10/11 x64 with internet access, from any folder:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
# Needs: Inno Setup 6.3 or newer (winget install JRSoftware.InnoSetup, or https://jrsoftware.org/isdl.php).
# uv is installed if missing; uv brings the Python the project needs (pyproject.toml: >= 3.11).
# Options: -InnoSetup "C:\path\to\ISCC.exe"   -SkipBundle (reuse dist\yibiao)
#
# The bundle comes from the ONE spec shared with Linux (packaging/yibiao.spec), so the two cannot drift.
# This file is ASCII only on purpose (Windows PowerShell 5.1 reads a script without BOM as ANSI).
param(
    [string]$InnoSetup = "",
    [switch]$SkipBundle
)
$ErrorActionPreference = "Stop"

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Repo

# 1. uv (the project's package manager); the official installer puts it in %USERPROFILE%\.local\bin.
if (-not (Get-Command uv -ErrorAction SilentlyContinue)) {
    Write-Host "== installing uv"
    powershell -NoProfile -ExecutionPolicy Bypass -Command "irm https://astral.sh/uv/install.ps1 | iex"
    $env:Path = "$env:USERPROFILE\.local\bin;$env:Path"
}

# 2. The locked dependencies plus PyInstaller (the `packaging` group in pyproject.toml).
Invoke-Checked "uv sync --frozen --group packaging" { uv sync --frozen --group packaging }
$Version = (uv run --frozen python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from pyproject.toml" }
Write-Host "== version $Version"

# 3. The bundle, from the shared spec; then the bundle checks itself.
if (-not $SkipBundle) {
    Invoke-Checked "pyinstaller packaging\yibiao.spec" {
        uv run --frozen --group packaging pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\yibiao.spec
    }
}
foreach ($exe in @("dist\yibiao\yibiao.exe", "dist\yibiao\yibiao-gui.exe")) {
    if (-not (Test-Path $exe)) { throw "$exe is missing: the spec's Windows branch did not run" }
}
Invoke-Checked "dist\yibiao\yibiao.exe --help" { & dist\yibiao\yibiao.exe --help | Out-Null }
Invoke-Checked "dist\yibiao\yibiao.exe selftest" { & dist\yibiao\yibiao.exe selftest }

# 4. Inno Setup's compiler.
if (-not $InnoSetup) {
    $found = Get-Command iscc -ErrorAction SilentlyContinue
    $candidates = @()
    if ($found) { $candidates += $found.Source }
    $candidates += @(
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
    )
    $InnoSetup = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $InnoSetup) {
    throw "ISCC.exe not found: install Inno Setup 6.3+ (winget install JRSoftware.InnoSetup) or pass -InnoSetup PATH"
}
$InnoDir = Split-Path $InnoSetup
$InnoVersion = (Get-Item $InnoSetup).VersionInfo.ProductVersion
Write-Host "== Inno Setup $InnoVersion at $InnoSetup"

# 5. The Simplified Chinese messages. Inno Setup releases that do not ship Languages\ChineseSimplified.isl
#    keep it among the user-contributed translations ("Unofficial") in its source repository: take the
#    one of the same release as the compiler, so that its message names match.
$IsccArgs = @("/DAppVersion=$Version")
if (-not (Test-Path (Join-Path $InnoDir "Languages\ChineseSimplified.isl"))) {
    $Isl = Join-Path $Repo "build\windows\ChineseSimplified.isl"
    if (-not (Test-Path $Isl)) {
        New-Item -ItemType Directory -Force -Path (Split-Path $Isl) | Out-Null
        $tag = "is-" + (($InnoVersion -split '[^0-9.]')[0].Trim('.') -replace '\.', '_')
        $urls = @(
            "https://raw.githubusercontent.com/jrsoftware/issrc/$tag/Files/Languages/Unofficial/ChineseSimplified.isl",
            "https://raw.githubusercontent.com/jrsoftware/issrc/$tag/Files/Languages/ChineseSimplified.isl"
        )
        foreach ($url in $urls) {
            try {
                Invoke-WebRequest -UseBasicParsing -Uri $url -OutFile $Isl
                Write-Host "== fetched $url"
                break
            } catch {
                Write-Host "   not at $url"
            }
        }
    }
    if (Test-Path $Isl) {
        $IsccArgs += "/DChineseIsl=$Isl"
    } else {
        Write-Warning "no ChineseSimplified.isl: the installer's wizard pages will be English (its own texts stay Chinese)"
    }
}

# 6. The installer.
Invoke-Checked "iscc packaging\windows\yibiao.iss" { & $InnoSetup @IsccArgs "packaging\windows\yibiao.iss" }
$Setup = Join-Path $Repo "dist\yibiao-setup-$Version.exe"
if (-not (Test-Path $Setup)) { throw "$Setup was not made" }
Write-Host "== done: $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB)) MB)"
