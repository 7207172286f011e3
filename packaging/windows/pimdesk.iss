; Inno Setup 6 script for PIM Desk: a per-machine installer of the one-folder build.
;
; Build, on Windows, after `python packaging\build.py` has made dist\pimdesk:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\pimdesk.iss
; The installer lands in dist\ as pimdesk-<version>-windows-setup.exe; the version is read from
; the version information PyInstaller wrote into pimdesk.exe (from pimdesk.__version__).
;
; Silent install (no window, no questions; for deployment tools):
;   pimdesk-<version>-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
;   optional: /DIR="D:\Apps\PIM Desk"  /LOG="C:\Windows\Temp\pimdesk-setup.log"  /TASKS="desktopicon"
; Silent uninstall:
;   "C:\Program Files\PIM Desk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The uninstaller removes the files this installer put there and nothing else: users' data in
; %APPDATA%\PIM Desk (and a portable pimdesk-data folder, if someone made one) is never deleted.

#define AppName "PIM Desk"
#define AppExe "pimdesk.exe"
#define BuildDir "..\..\dist\pimdesk"
#define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")

[Setup]
; The AppId identifies PIM Desk to Windows across versions: never change it, or upgrades would
; install beside the old version instead of replacing it.
AppId={{6B0E7F3C-2D4A-4E8B-9C1F-5A7D3E2B8C61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PIM Desk project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine: installed once into Program Files for every user of the computer.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=pimdesk-{#AppVersion}-windows-setup
SetupIconFile=..\icons\pimdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running PIM Desk first (it reopens its data safely on next start).
CloseApplications=yes
RestartApplications=no
; Windows 10 or later, as PySide6 6 requires.
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "The PIM framework, offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller deletes only what [Files] installed.
