;;; copydesk.el --- Editorial checks for news drafts, via copydesk's language server  -*- lexical-binding: t; -*-

;; Copyright (C) 2026 The copydesk authors
;; License: MIT

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.8"))
;; Keywords: wp, languages, tools

;;; Commentary:

;; copydesk flags unattributed claims, vague attribution, anonymous
;; sources, unsourced figures, relative dates and dates without a year in
;; Markdown, plain-text, LaTeX and Typst drafts, and offers quick-fixes.
;; This file registers its language server, `copydesk lsp', with Eglot for
;; `markdown-mode', `gfm-mode', `text-mode', LaTeX and Typst modes; findings show up through
;; Flymake and fixes through `eglot-code-actions'.
;;
;;   (add-to-list 'load-path "/path/to/copydesk/editors/emacs")
;;   (require 'copydesk)
;;   (setq copydesk-settings '(:documentDate "2024-10-20"
;;                             :rules (:undated-event "off")))
;;   (copydesk-eglot-setup)
;;
;; With `use-package':
;;
;;   (use-package copydesk
;;     :load-path "/path/to/copydesk/editors/emacs"
;;     :after eglot
;;     :config (copydesk-eglot-setup))
;;
;; `M-x copydesk-fix-all' applies every safe fix in the buffer
;; (the server's `source.fixAll.copydesk' code action).
;;
;; For lsp-mode, see docs/editors.md (an `lsp-register-client' form).

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(declare-function eglot-ensure "eglot")
(declare-function eglot-code-actions "eglot")
(declare-function eglot-current-server "eglot")
(declare-function eglot-signal-didChangeConfiguration "eglot")
(declare-function jsonrpc-notify "jsonrpc")
(defvar eglot-server-programs)
(defvar eglot-workspace-configuration)
(defvar eglot--managed-mode)

(defgroup copydesk nil
  "Editorial checks for news drafts (copydesk language server)."
  :group 'tools
  :prefix "copydesk-")

(defcustom copydesk-program "copydesk"
  "The copydesk binary: a name looked up on `exec-path', or a full path."
  :type 'string)

(defcustom copydesk-args '("lsp")
  "Arguments that start the language server."
  :type '(repeat string))

(defcustom copydesk-modes '(markdown-mode gfm-mode text-mode latex-mode LaTeX-mode typst-ts-mode)
  "Major modes whose buffers copydesk checks."
  :type '(repeat symbol))

(defcustom copydesk-language-ids
  '((markdown-mode . "markdown")
    (gfm-mode . "markdown")
    (markdown-ts-mode . "markdown")
    (text-mode . "plaintext")
    (latex-mode . "latex")
    (LaTeX-mode . "latex")
    (typst-ts-mode . "typst"))
  "LSP language ids for major modes.  Other modes: the mode name without -mode."
  :type '(alist :key-type symbol :value-type string))

(defcustom copydesk-settings nil
  "copydesk settings, as a plist.
Keys: :lintOn (\"change\" or \"save\"), :documentDate (\"YYYY-MM-DD\"),
:debounceMs, :maxFileSize, :rules (a plist of rule id to \"off\",
\"info\", \"warning\" or \"error\").  Example:

  (:lintOn \"change\" :documentDate \"2024-10-20\"
   :rules (:undated-event \"off\" :missing-year \"error\"))

Sent as the server's initializationOptions and, under the key
`copydesk', in workspace/didChangeConfiguration.  Use
`copydesk-update-settings' to change them in a running server."
  :type 'plist)

(defcustom copydesk-auto-start t
  "When non-nil, `copydesk-eglot-setup' starts Eglot in `copydesk-modes' buffers."
  :type 'boolean)

(defcustom copydesk-set-workspace-configuration t
  "When non-nil, `copydesk-eglot-setup' makes `copydesk-settings' Eglot's
default workspace configuration (only if that default is still empty).
Directory-local values of `eglot-workspace-configuration' still win."
  :type 'boolean)

(defun copydesk--language-id (mode)
  (or (cdr (assq mode copydesk-language-ids))
      (string-remove-suffix "-mode" (symbol-name mode))))

(defun copydesk--eglot-modes ()
  "The mode spec of the `eglot-server-programs' entry."
  (mapcar (lambda (mode) (list mode :language-id (copydesk--language-id mode)))
          copydesk-modes))

(defun copydesk--program-path ()
  (let ((program (expand-file-name copydesk-program)))
    (cond ((and (file-name-absolute-p copydesk-program)
                (file-executable-p program))
           program)
          ((and (string-match-p "/" copydesk-program) (file-executable-p program))
           program)
          (t (executable-find copydesk-program)))))

(defun copydesk--not-found-message ()
  (format "copydesk: cannot find the `%s' binary.  Install it (`cargo install --path .' in the copydesk repository puts it in ~/.cargo/bin) and make sure it is on `exec-path', or set `copydesk-program' to its full path"
          copydesk-program))

;;;###autoload
(defun copydesk-eglot-contact (&optional _interactive)
  "The Eglot contact for copydesk: program, arguments, initializationOptions."
  (let ((program (copydesk--program-path)))
    (unless program
      (user-error "%s" (copydesk--not-found-message)))
    `(,program ,@copydesk-args
               ,@(when copydesk-settings
                   (list :initializationOptions copydesk-settings)))))

(defun copydesk-workspace-configuration (&optional _server)
  "Eglot workspace configuration carrying `copydesk-settings'."
  (when copydesk-settings
    (list :copydesk copydesk-settings)))

(defun copydesk--maybe-start ()
  "Start Eglot with copydesk in buffers of `copydesk-modes'."
  (when (and copydesk-auto-start
             buffer-file-name
             (memq major-mode copydesk-modes)
             (not (bound-and-true-p eglot--managed-mode)))
    (eglot-ensure)))

;;;###autoload
(defun copydesk-eglot-setup ()
  "Register copydesk with Eglot for `copydesk-modes' and start it there.
Safe to call more than once."
  (interactive)
  (require 'eglot)
  (setq eglot-server-programs
        (cl-remove-if (lambda (entry) (eq (cdr entry) #'copydesk-eglot-contact))
                      eglot-server-programs))
  ;; First, so that it wins over other servers registered for text-mode.
  (push (cons (copydesk--eglot-modes) #'copydesk-eglot-contact)
        eglot-server-programs)
  (when (and copydesk-set-workspace-configuration
             (null (default-value 'eglot-workspace-configuration)))
    (setq-default eglot-workspace-configuration #'copydesk-workspace-configuration))
  (add-hook 'after-change-major-mode-hook #'copydesk--maybe-start)
  (unless (copydesk--program-path)
    (display-warning 'copydesk (copydesk--not-found-message) :warning))
  eglot-server-programs)

(defun copydesk-update-settings (settings)
  "Set `copydesk-settings' to SETTINGS and send them to the running server."
  (setq copydesk-settings settings)
  (when-let ((server (and (fboundp 'eglot-current-server) (eglot-current-server))))
    (jsonrpc-notify server :workspace/didChangeConfiguration
                    (list :settings (list :copydesk (or settings
                                                         (make-hash-table)))))))

;;;###autoload
(defun copydesk-fix-all ()
  "Apply every safe copydesk fix in the current buffer."
  (interactive)
  (eglot-code-actions (point-min) (point-max) "source.fixAll.copydesk" t))

(provide 'copydesk)
;;; copydesk.el ends here
