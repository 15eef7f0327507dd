; NSIS installer of the counter application. Compiled by installer/build.py:
;   makensis -DVERSION=x.y.z -DBUNDLE=<PyInstaller folder> -DOUTFILE=<setup.exe> installer/counter_app.nsi
; Per-user install by default (no administrator needed), all users on request; upgrades in place;
; never touches the data folder (%LOCALAPPDATA%\CounterApp) unless the uninstaller is told to.
Unicode true
!ifndef FAST
  SetCompressor /SOLID lzma
!else
  SetCompressor zlib
!endif

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\CounterApp"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\CounterApp-${VERSION}-setup.exe"
!endif
!define APPNAME "CounterApp"
!define EXENAME "CounterApp.exe"
!define PUBLISHER "CounterApp"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
!define RUNNING_MUTEX "CounterApp.Running"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APPNAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\${APPNAME}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\${APPNAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh

Name "$(APP_NAME) ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "$(APP_NAME) ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "物业收费前台"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileDescription" "物业收费前台 安装程序"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\resources\icons\app.ico"
!define MUI_UNICON "..\resources\icons\app.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString APP_NAME ${LANG_SIMPCHINESE} "物业收费前台"
LangString APP_NAME ${LANG_ENGLISH} "Property Fee Counter"
LangString STILL_RUNNING ${LANG_SIMPCHINESE} "物业收费前台正在运行。请先退出程序（系统 → 退出），再继续。"
LangString STILL_RUNNING ${LANG_ENGLISH} "The Property Fee Counter is running. Quit it (System → Quit) and try again."
LangString SEC_PROGRAM ${LANG_SIMPCHINESE} "程序文件"
LangString SEC_PROGRAM ${LANG_ENGLISH} "Program files"
LangString SEC_DATA ${LANG_SIMPCHINESE} "同时删除全部数据（数据库、备份、日志）——不可恢复"
LangString SEC_DATA ${LANG_ENGLISH} "Also delete all data (database, backups, logs) - cannot be undone"
LangString CONFIRM_DATA ${LANG_SIMPCHINESE} "确定要永久删除 $LOCALAPPDATA\${APPNAME} 中的全部收费数据吗？"
LangString CONFIRM_DATA ${LANG_ENGLISH} "Permanently delete all fee data in $LOCALAPPDATA\${APPNAME}?"

Function RefuseWhileRunning
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
  ${If} $0 P<> 0
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(STILL_RUNNING)"
    Abort
  ${EndIf}
FunctionEnd

Function un.RefuseWhileRunning
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
  ${If} $0 P<> 0
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(STILL_RUNNING)"
    Abort
  ${EndIf}
FunctionEnd

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
  Call RefuseWhileRunning
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
  Call un.RefuseWhileRunning
FunctionEnd

Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the old program files go, the data folder is elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\$(APP_NAME).lnk" "$INSTDIR\${EXENAME}"
  CreateShortcut "$DESKTOP\$(APP_NAME).lnk" "$INSTDIR\${EXENAME}"
  WriteRegStr SHCTX "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "Software\${APPNAME}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "$(APP_NAME)"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "un.$(SEC_PROGRAM)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\$(APP_NAME).lnk"
  Delete "$DESKTOP\$(APP_NAME).lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXENAME}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  DeleteRegKey SHCTX "Software\${APPNAME}"
SectionEnd

; Unticked by default: the fee ledger is kept unless the user asks, and confirms, otherwise.
Section /o "un.$(SEC_DATA)" UnSecData
  MessageBox MB_ICONEXCLAMATION|MB_YESNO|MB_DEFBUTTON2 "$(CONFIRM_DATA)" IDYES remove
    Return
  remove:
  RMDir /r "$LOCALAPPDATA\${APPNAME}"
SectionEnd
