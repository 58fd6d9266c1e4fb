; Inno Setup 6 script: dist\assistdesk\ (built by packaging\assistdesk.spec on Windows) as
; dist\assistdesk-VERSION-windows-x64-setup.exe. Compile from the source tree's root with
;   iscc /DAppVersion=VERSION packaging\windows\assistdesk.iss
; where VERSION is pyproject.toml's; docs\packaging.md has the exact commands.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows\assistdesk.iss
#endif
#define AppName "AssistDesk"
#define AppExe "AssistDesk.exe"

[Setup]
; The application id (app.APP_ID); it identifies the installation for upgrades and uninstalling.
AppId=org.assistdesk.AssistDesk
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The AssistDesk developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no administrator needed); the wizard offers "for all users" too.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=assistdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=build\pyinstaller\assistdesk\generated\icons\assistdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\assistdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no module of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

