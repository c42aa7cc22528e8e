; Inno Setup script: a per-user Windows installer for the Briefing desk bundle.
;
; This cannot be built or tested on the Linux CI; the steps, on a Windows machine:
;   1. Install Python 3.11+ (python.org), Git and Inno Setup 6 (https://jrsoftware.org/isinfo.php).
;   2. From the repository root, in PowerShell:
;        py -3.11 -m venv .venv
;        .venv\Scripts\python -m pip install -e ".[test]"
;        .venv\Scripts\pyinstaller --noconfirm --clean packaging\briefing-desk.spec
;      which builds dist\briefing-desk-<version>\briefing-desk.exe (icon: packaging\windows\briefing-desk.ico).
;   3. Check the bundle: dist\briefing-desk-<version>\briefing-desk.exe --version
;   4. Build the installer, passing the same version as pyproject.toml:
;        "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\briefing-desk.iss
;      The installer is written to dist\briefing-desk-<version>-setup.exe.
;   5. Sign briefing-desk.exe and the installer (signtool) before giving them to anyone.
;
; The executable is a console program (the same file is the GUI and the command line), so a
; console window opens beside the GUI when started from the Start menu.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Briefing desk"
#define AppExe "briefing-desk.exe"
#define BundleDir "..\..\dist\briefing-desk-" + AppVersion

[Setup]
; AppId is the installer's identity across upgrades: never change it.
AppId={{6B1E2C3A-4F0D-4E51-9C1B-0B7F5D2A9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Briefing desk developers
DefaultDirName={autopf}\Briefing desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=briefing-desk-{#AppVersion}-setup
SetupIconFile=briefing-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The databases and settings live in the user's data folders and are kept on uninstall.
