; Inno Setup script for Yibiao (一表通·乡镇版) on Windows 10/11, x64.
;
; Build it with packaging/windows/build_windows.ps1, which first makes the one-folder bundle dist\yibiao\
; from the shared PyInstaller spec (packaging/yibiao.spec: console yibiao.exe + windowed yibiao-gui.exe)
; and then runs:
;     iscc /DAppVersion=<version from pyproject.toml> packaging\windows\yibiao.iss
; Output: dist\yibiao-setup-<version>.exe
;
; Needs Inno Setup 6.3 or newer (x64compatible; UTF-8 script without BOM — this file has one anyway).
;
; Per-user install, no administrator rights: PrivilegesRequired=lowest, the program goes to
; %LOCALAPPDATA%\Programs\Yibiao, the Start-menu entry and the .yibiao association to the current user
; (HKCU\Software\Classes). The office's data is NOT in the program folder: it lives in
; %LOCALAPPDATA%\yibiao (platformdirs, desktop/paths.py) and the uninstaller never touches it.
;
; Installer language: Simplified Chinese. Its messages file ChineseSimplified.isl is taken from
;   1. the file named by /DChineseIsl=PATH (build_windows.ps1 passes one only when the compiler has
;      none: it fetches the translation matching the installed compiler into build\windows\), else
;   2. the compiler's Languages folder (Inno Setup releases that ship it), else
;   3. packaging\windows\ChineseSimplified.isl if someone put one there, else
;   4. English wizard pages, with this script's own texts (shortcut, tasks, file type) still in Chinese.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 yibiao.iss (build_windows.ps1 reads it from pyproject.toml)
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\yibiao"
#endif
#define AppName "一表通·乡镇版"
#define GuiExe "yibiao-gui.exe"
#define ProgId "Yibiao.Package"

#if !FileExists(AddBackslash(DistDir) + GuiExe)
  #error The bundle is missing: build dist\yibiao first (pyinstaller --noconfirm packaging\yibiao.spec)
#endif

[Setup]
; AppId identifies the installation across versions (upgrades install over it): never change it.
AppId={{A538D596-7DD6-4616-A2DB-F529473FD68F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Yibiao
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\Yibiao
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\icons\yibiao.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=yibiao-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
#ifdef ChineseIsl
Name: "chs"; MessagesFile: "{#ChineseIsl}"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chs"; MessagesFile: "ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl not found: the wizard pages will be in English (see docs/install.md)"
Name: "en"; MessagesFile: "compiler:Default.isl"
#endif

[CustomMessages]
; The script's own texts, in Chinese whatever the wizard's language.
DesktopIconTask=在桌面上创建快捷方式
ExtraTasks=附加快捷方式：
PackageFileType=一表通报送包
RunAfterInstall=运行 一表通·乡镇版
DataKeptWhere=一表通的数据没有删除，仍在：
DataKeptWhy=重新安装后会继续使用这些数据。如确实不再需要，可以在备份之后手动删除该文件夹。

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:ExtraTasks}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the old version is left beside the new one.
; (Only the program folder: the office's data is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; .yibiao packages open with the program (yibiao-gui.exe FILE: verify / import, after the clerk confirms).
; Current user only (HKCU\Software\Classes); removed again by the uninstaller.
Root: HKCU; Subkey: "Software\Classes\.yibiao"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.yibiao\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFileType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".yibiao"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:RunAfterInstall}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes the program only. Say where the office's data stays (not in silent mode). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\yibiao');
    if DirExists(DataDir) then
      MsgBox(CustomMessage('DataKeptWhere') + #13#10 + DataDir + #13#10#13#10 + CustomMessage('DataKeptWhy'),
        mbInformation, MB_OK);
  end;
end;
