;;; copydesk-test.el --- Batch test of copydesk.el with Eglot  -*- lexical-binding: t; -*-

;; Run through test/run.sh, or:
;;
;;   COPYDESK=target/release/copydesk COPYDESK_SEED=tests/fixtures/seed.md \
;;     emacs --batch -l editors/emacs/test/copydesk-test.el
;;
;; Opens a copy of the seed report, lets `copydesk-eglot-setup' start
;; Eglot, waits for Flymake diagnostics from copydesk and checks their rule
;; ids; then runs `copydesk-fix-all'.  Exits 0 on success, 1 on failure.

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(defconst copydesk-test--dir
  (file-name-directory (or load-file-name buffer-file-name)))
(defconst copydesk-test--repo
  (expand-file-name "../../../" copydesk-test--dir))

;; Debian's elpa-* packages (eglot, markdown-mode, project, ...).
(require 'package)
(unless (bound-and-true-p package--activated)
  (package-activate-all))

(add-to-list 'load-path (expand-file-name ".." copydesk-test--dir))
(require 'copydesk)
(require 'eglot)
(require 'flymake)

(defvar copydesk-test--failures nil)
(defvar copydesk-test--checks 0)

(defun copydesk-test--out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun copydesk-test--check (ok what &optional detail)
  (setq copydesk-test--checks (1+ copydesk-test--checks))
  (if ok
      (copydesk-test--out "ok   %s" what)
    (copydesk-test--out "FAIL %s%s" what (if detail (concat ": " detail) ""))
    (push (if detail (format "%s: %s" what detail) what) copydesk-test--failures))
  ok)

(defun copydesk-test--finish ()
  (dolist (server (and (boundp 'eglot--servers-by-project)
                       (apply #'append (hash-table-values eglot--servers-by-project))))
    (ignore-errors (eglot-shutdown server nil 3)))
  (if (null copydesk-test--failures)
      (progn
        (copydesk-test--out "emacs: all %d checks passed (Emacs %s, eglot %s)"
                            copydesk-test--checks emacs-version
                            (or (ignore-errors
                                  (package-version-join
                                   (package-desc-version (cadr (assq 'eglot package-alist)))))
                                "?"))
        (kill-emacs 0))
    (message "emacs: %d of %d checks failed:" (length copydesk-test--failures) copydesk-test--checks)
    (dolist (f (reverse copydesk-test--failures))
      (message "  - %s" f))
    (kill-emacs 1)))

(defun copydesk-test--getenv (name default)
  (let ((v (getenv name)))
    (if (or (null v) (string-empty-p v)) default v)))

(defun copydesk-test--codes ()
  "Rule ids of the copydesk Flymake diagnostics in the current buffer."
  (let (codes)
    (dolist (d (flymake-diagnostics))
      (let ((text (flymake-diagnostic-text d)))
        (when (and (string-prefix-p "copydesk" text)
                   (string-match "\\[\\([a-z0-9-]+\\)\\]" text))
          (cl-pushnew (match-string 1 text) codes :test #'equal))))
    codes))

(defun copydesk-test--wait (pred timeout)
  "Process events until PRED is non-nil or TIMEOUT seconds pass."
  (let ((deadline (+ (float-time) timeout))
        (last-start 0))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      ;; In batch, Flymake's idle/display triggers may never fire.
      (when (and (bound-and-true-p flymake-mode) (> (- (float-time) last-start) 1))
        (setq last-start (float-time))
        (ignore-errors (flymake-start))))
    (funcall pred)))

(defun copydesk-test--run ()
  (let* ((program (copydesk-test--getenv "COPYDESK" "copydesk"))
         (seed (copydesk-test--getenv
                "COPYDESK_SEED" (expand-file-name "tests/fixtures/seed.md" copydesk-test--repo)))
         (timeout (/ (string-to-number (copydesk-test--getenv "COPYDESK_TIMEOUT_MS" "20000")) 1000.0))
         (tmp (make-temp-file "copydesk-emacs-" t))
         (path (expand-file-name "seed.md" tmp)))
    (setq copydesk-program program)
    (unless (copydesk-test--check (copydesk--program-path)
                                  "copydesk binary found" program)
      (copydesk-test--finish))
    (unless (copydesk-test--check (file-readable-p seed) "seed report readable" seed)
      (copydesk-test--finish))
    (copy-file seed path t)

    (setq copydesk-settings '(:documentDate "2024-10-20" :lintOn "change"))
    (copydesk-eglot-setup)
    (copydesk-test--check
     (eq (cdr (car eglot-server-programs)) #'copydesk-eglot-contact)
     "copydesk-eglot-setup registers the server first in eglot-server-programs")
    (copydesk-test--check
     (equal (car (car (car eglot-server-programs))) '(markdown-mode :language-id "markdown"))
     "markdown-mode is registered with language id markdown")
    (copydesk-test--check
     (equal (car (copydesk-eglot-contact)) (copydesk--program-path))
     "contact starts the binary")
    (copydesk-test--check
     (equal (plist-get (cddr (copydesk-eglot-contact)) :initializationOptions) copydesk-settings)
     "contact carries the settings as initializationOptions")

    (find-file path)
    (copydesk-test--check (memq major-mode '(markdown-mode gfm-mode))
                          "seed.md opens in markdown-mode" (symbol-name major-mode))
    ;; eglot-ensure connects from post-command-hook, which batch never runs.
    (run-hooks 'post-command-hook)
    (unless (copydesk-test--check (copydesk-test--wait (lambda () (bound-and-true-p eglot--managed-mode)) 10)
                                  "Eglot manages the buffer")
      (copydesk-test--finish))
    (copydesk-test--check (bound-and-true-p flymake-mode) "flymake-mode is on")
    (let ((server (eglot-current-server)))
      (copydesk-test--check
       (and server (string-match-p "copydesk" (mapconcat #'identity (process-command (jsonrpc--process server)) " ")))
       "the server is copydesk lsp"))

    (let* ((required '("vague-attribution" "unsourced-figure"))
           (got (copydesk-test--wait
                 (lambda () (cl-every (lambda (r) (member r (copydesk-test--codes))) required))
                 timeout))
           (codes (copydesk-test--codes)))
      (copydesk-test--check (flymake-diagnostics) "Flymake has diagnostics")
      (dolist (r required)
        (copydesk-test--check (member r codes) (format "Flymake diagnostic [%s]" r)
                              (format "got %S" codes)))
      (unless got
        (message "diagnostics: %S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))))

    ;; A vague-attribution finding sits exactly on "reportedly" (line 9 has
    ;; non-ASCII characters before it: checks the position conversion).
    (let* ((regions (cl-loop for d in (flymake-diagnostics)
                             when (string-match-p "\\[vague-attribution\\]" (flymake-diagnostic-text d))
                             collect (buffer-substring-no-properties (flymake-diagnostic-beg d)
                                                                     (flymake-diagnostic-end d)))))
      (copydesk-test--check (member "reportedly" regions)
                            "a vague-attribution region is exactly \"reportedly\""
                            (format "%S" regions)))

    ;; Fix all (source.fixAll.copydesk): with documentDate 2024-10-20,
    ;; "on 3 October" gets its year.
    (let ((err (condition-case e (progn (copydesk-fix-all) nil) (error (error-message-string e)))))
      (copydesk-test--check (null err) "copydesk-fix-all runs" err))
    (goto-char (point-min))
    (copydesk-test--check (search-forward "on 3 October 2024" nil t)
                          "fix-all adds the year to \"on 3 October\"")
    (copydesk-test--finish)))

(condition-case err
    (copydesk-test--run)
  (error
   (copydesk-test--check nil "no error" (error-message-string err))
   (copydesk-test--finish)))

;;; copydesk-test.el ends here
