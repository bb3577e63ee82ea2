# planlint(1) completion for bash.
#
# Installed as share/bash-completion/completions/planlint, where
# bash-completion loads it on first use; or source it from ~/.bashrc.
# Nothing is listed here by hand: the commands come from `planlint --help`,
# each command's options and their values (--format text|json|...) from
# `planlint COMMAND --help`, and the rule ids for `explain` from
# `planlint rules` (with the --rules DIR and --no-default-rules already on
# the line), so the completion follows the installed planlint.

# shellcheck disable=SC2207	# COMPREPLY=($(compgen ...)) is the idiom

# The usage text of a command ("" for the top level).
_planlint_help()
{
	if [[ -n $2 ]]; then
		"$1" "$2" --help 2>/dev/null
	else
		"$1" --help 2>/dev/null
	fi
}

_planlint()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	local prog=${1:-planlint} cmd="" i w help opts vals arg
	local -a rules_args=()

	[[ $prog == \~/* ]] && prog=$HOME/${prog#\~/}
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if [[ -z $cmd && $w != -* ]]; then
			cmd=$w
		elif [[ $w == --rules || $w == -r ]]; then
			# "--rules=DIR" is three words when '=' breaks words.
			[[ ${COMP_WORDS[i+1]} == = ]] && ((i++))
			rules_args+=(--rules "${COMP_WORDS[i+1]}")
		elif [[ $w == --rules=* || $w == --no-default-rules ]]; then
			rules_args+=("$w")
		fi
	done
	# bash splits "--format=sa" into "--format" "=" "sa" by default.
	if [[ $cur == = ]]; then
		cur=""
	elif [[ $prev == = ]] && ((COMP_CWORD >= 2)); then
		prev=${COMP_WORDS[COMP_CWORD-2]}
	fi

	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_planlint_help "$prog" |
			    awk '/^commands:/ { on = 1; next }
				on && NF { print $1 }')" -- "$cur"))
		fi
		return
	fi

	help=$(_planlint_help "$prog" "$cmd")

	# --opt=value is completed as the value after --opt.
	if [[ $cur == --*=* ]]; then
		prev=${cur%%=*}
		cur=${cur#*=}
	elif [[ $cur == -* ]]; then
		opts=$(grep -oE -- '(^|[^a-zA-Z-])--?[a-zA-Z][a-zA-Z-]*' <<<"$help" |
		    sed -E 's/^[^-]*//' | sort -u)
		COMPREPLY=($(compgen -W "$opts --help" -- "$cur"))
		return
	fi

	# Short options that the usage texts spell long.
	case $prev in
	-f) prev=--format ;;
	-o) prev=--output ;;
	-r) prev=--rules ;;
	esac
	if [[ $prev == -* ]]; then
		# What the usage text shows after the option: "a|b|c" or a name.
		arg=$(grep -oE -- "(^|[[ ])${prev}[ =][^] ]+" <<<"$help" |
		    head -n 1 | sed -E "s/^.?${prev}[ =]//")
		case $arg in
		*'|'*)
			vals=${arg//|/ }
			COMPREPLY=($(compgen -W "$vals" -- "$cur"))
			return
			;;
		DIR)
			compopt -o filenames 2>/dev/null
			COMPREPLY=($(compgen -d -- "$cur"))
			return
			;;
		FILE)
			compopt -o filenames 2>/dev/null
			COMPREPLY=($(compgen -f -- "$cur"))
			return
			;;
		REV)
			COMPREPLY=($(compgen -W "$(git for-each-ref \
			    --format='%(refname:short)' 2>/dev/null) HEAD" \
			    -- "$cur"))
			return
			;;
		?*)
			# A value with no list (a date, a number): nothing to offer.
			return
			;;
		esac
	fi

	case $cmd in
	explain)
		COMPREPLY=($(compgen -W "$("$prog" rules "${rules_args[@]}" \
		    2>/dev/null | awk '{ print $1 }')" -- "$cur"))
		;;
	init)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -d -- "$cur"))
		;;
	rules)
		;;
	*)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "$cur"))
		;;
	esac
}

complete -F _planlint planlint
